package org.ailandscape.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ailandscape.report.archive.ArchiveUnavailableException;
import org.ailandscape.report.archive.FieldChange;
import org.ailandscape.report.archive.StoredVersion;
import org.ailandscape.report.archive.VersionHistory;
import org.springframework.stereotype.Service;

/**
 * The report for the views and the API: the snapshot now serving, any version by its id, and where a
 * version stands among the others. A caller that shows more than one thing takes one snapshot and
 * works from it, so that an edit arriving meanwhile cannot mix versions.
 */
@Service
public class ReportService {

    private static final int KEPT = 32;

    private final ReportStore store;
    /** Lineages computed, by shown and latest version: the store is asked once per pair, not per page. */
    private final Map<String, Lineage> lineages = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Lineage> eldest) {
            return size() > KEPT;
        }
    };

    public ReportService(ReportStore store) {
        this.store = store;
    }

    /** The snapshot now serving. */
    public ReportSnapshot snapshot() {
        return store.snapshot();
    }

    /** A recent snapshot by its version, if it is still held (pages opened before an edit have one). */
    public Optional<ReportSnapshot> snapshot(String version) {
        return store.snapshot(version);
    }

    /** Any version by its short id, from memory or the version store. */
    public VersionLookup lookup(String id) {
        return store.lookup(id);
    }

    /** The version a link's {@code version} value names: the latest when there is none ({@code null}). */
    public VersionLookup forLink(@org.jspecify.annotations.Nullable String value) {
        if (value == null) return new VersionLookup.Found(store.snapshot());
        return VersionId.parse(value).map(store::lookup).orElseGet(() -> new VersionLookup.Malformed(value));
    }

    /** Every version, newest first; throws {@link ArchiveUnavailableException} when the store cannot be asked. */
    public List<StoredVersion> versions() {
        return store.versions();
    }

    /** The changes from a version to the latest; empty if it is unknown; throws when the store cannot be asked. */
    public Optional<List<FieldChange>> changesSince(String id) {
        return store.changesSince(id);
    }

    /** The changes from a version to the latest, each with the version that made it. */
    public Optional<List<org.ailandscape.report.archive.AttributedChange>> attributedChangesSince(String id) {
        return store.attributedChangesSince(id);
    }

    /** Each number's values across the versions. */
    public VersionHistory history() {
        return store.history();
    }

    /** Where a version stands: the latest, every version, the changes from it to the latest, the history. */
    public Lineage lineage(ReportSnapshot shown) {
        ReportSnapshot latest = store.snapshot();
        boolean available = store.storeProblem() == null;
        String key = shown.dataset().id() + "|" + latest.dataset().id() + "|" + available;
        synchronized (lineages) {
            Lineage known = lineages.get(key);
            if (known != null) return known;
        }
        // The store is down (a poll or a request found it so): the latest serves from memory, without asking it.
        if (!available) return new Lineage(latest.dataset(), List.of(), List.of(), VersionHistory.EMPTY, false, Map.of());
        Lineage lineage;
        try {
            List<StoredVersion> versions = store.versions();
            boolean isLatest = shown.version().equals(latest.version());
            List<FieldChange> changes = isLatest ? List.of() : store.changesSince(shown.version()).orElse(List.of());
            Map<String, List<FieldChange>> sinceEach = new LinkedHashMap<>();
            if (isLatest) {
                versions.stream().filter(v -> !v.id().equals(latest.version())).limit(Lineage.RETURNING)
                        .forEach(v -> store.changesSince(v.id()).ifPresent(c -> sinceEach.put(v.id(), c)));
            }
            lineage = new Lineage(latest.dataset(), versions, changes, store.history(), available, sinceEach);
        } catch (ArchiveUnavailableException e) {
            store.unavailable(e);
            return new Lineage(latest.dataset(), List.of(), List.of(), VersionHistory.EMPTY, false, Map.of());
        }
        synchronized (lineages) {
            lineages.put(key, lineage);
        }
        return lineage;
    }
}
