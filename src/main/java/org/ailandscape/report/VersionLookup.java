package org.ailandscape.report;

/** What asking for a version by its id finds. */
public sealed interface VersionLookup {

    /** The version, ready to show. */
    record Found(ReportSnapshot snapshot) implements VersionLookup {}

    /** No version has that id. */
    record Unknown(String id) implements VersionLookup {}

    /** The value is no version id at all. */
    record Malformed(String value) implements VersionLookup {}

    /** The version store cannot be asked right now (the latest version still serves from memory). */
    record Unavailable(String id, String reason) implements VersionLookup {}
}
