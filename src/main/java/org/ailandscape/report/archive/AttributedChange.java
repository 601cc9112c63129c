package org.ailandscape.report.archive;

/** A change from an earlier version to the latest, with the version that made it (its date, author and note). */
public record AttributedChange(FieldChange change, StoredVersion version) {}
