package org.ailandscape.report.archive;

/** The version store cannot be reached (or its schema cannot be brought up to date) right now. */
public class ArchiveUnavailableException extends RuntimeException {

    public ArchiveUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
