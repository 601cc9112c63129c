package org.ailandscape.report.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A version in the store: its short id (the link's), the SHA-256 of its files, when it was first
 * published, by whom ({@code file} for an edit of the data folder, {@code bundle} for the data the
 * application ships with, else the editor's user name) and the note given with it (may be empty).
 */
public record StoredVersion(String id, String sha256, Instant published, String author, String note) {

    public static final String FILE = "file";
    public static final String BUNDLE = "bundle";

    /** The day of its first publication (UTC): the date its citations carry. */
    public LocalDate day() {
        return LocalDate.ofInstant(published, ZoneOffset.UTC);
    }
}
