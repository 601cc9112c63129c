package org.ailandscape.report;

import java.util.List;
import org.ailandscape.report.archive.FieldChange;
import org.ailandscape.report.archive.StoredVersion;
import org.ailandscape.report.archive.VersionHistory;

/**
 * Where the version a page shows stands among the versions: the latest one, every version the store
 * has (newest first), the changes from the shown version to the latest (none when it is the latest),
 * the history of each number, and whether the store answered (if not, older versions are unavailable
 * for now and only the latest serves). A page of the latest also knows what changed since each of the
 * {@value #RETURNING} versions before it, so that a returning reader's browser can say what changed
 * since they last read without telling the server which version that was.
 */
public record Lineage(DatasetVersion latest, List<StoredVersion> versions, List<FieldChange> toLatest, VersionHistory history,
        boolean available, java.util.Map<String, List<FieldChange>> sinceEach) {

    /** How many earlier versions a page of the latest knows the changes since (for a returning reader). */
    public static final int RETURNING = 20;

    public Lineage {
        versions = List.copyOf(versions);
        toLatest = List.copyOf(toLatest);
        sinceEach = java.util.Map.copyOf(sinceEach);
    }

    /** A version on its own (no store): it is the latest and has no history. */
    public static Lineage alone(ReportSnapshot snapshot) {
        return new Lineage(snapshot.dataset(), List.of(), List.of(), VersionHistory.EMPTY, true, java.util.Map.of());
    }

    /** Whether the shown version is the latest. */
    public boolean isLatest(ReportSnapshot shown) {
        return latest.hash().equals(shown.version());
    }

    /** What a page's words depend on besides its own version: the latest, and whether the store answered. */
    public String key() {
        return latest.id() + (available ? "" : "|store-down");
    }
}
