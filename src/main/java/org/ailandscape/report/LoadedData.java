package org.ailandscape.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A validated dataset as it was read: its snapshot, the SHA-256 of its files (names and bytes, in the
 * order of {@link DataFile}), and the bytes themselves, which the version store keeps as they are.
 */
public record LoadedData(ReportSnapshot snapshot, String sha256, Map<String, byte[]> files) {

    public LoadedData {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** The same data, dated as the version store knows it (the day it was first published). */
    public LoadedData dated(java.time.LocalDate published) {
        if (snapshot.dataset().changed().equals(published)) return this;
        return new LoadedData(new ReportSnapshot(snapshot.report(), new DatasetVersion(published, snapshot.version())), sha256, files);
    }
}
