package org.ailandscape.report;

import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The report for the views and the API: the snapshot now serving. A caller that shows more than one
 * thing takes one snapshot and works from it, so that an edit arriving meanwhile cannot mix versions.
 */
@Service
public class ReportService {

    private final ReportStore store;

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
}
