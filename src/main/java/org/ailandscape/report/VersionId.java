package org.ailandscape.report;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a version is named in a link: its short id, the first {@value #LENGTH} hex digits of the
 * dataset's SHA-256 ({@code ?version=3f9a1c2b7e}). The full hash and the dated form a citation writes
 * ({@code 2026-11-28.3f9a1c2b7e}) name the same version.
 */
public final class VersionId {

    public static final int LENGTH = 10;

    private static final Pattern SHORT = Pattern.compile("[0-9a-f]{" + LENGTH + "}");
    private static final Pattern FULL = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern DATED = Pattern.compile("\\d{4}-\\d{2}-\\d{2}\\.([0-9a-f]{" + LENGTH + "})");

    private VersionId() {}

    /** The short id of a full hash. */
    public static String shortOf(String sha256) {
        return sha256.substring(0, LENGTH);
    }

    /** The short id a link's value names, or empty when the value is not a version id at all. */
    public static Optional<String> parse(String value) {
        String id = value.strip().toLowerCase(Locale.ROOT);
        if (SHORT.matcher(id).matches()) return Optional.of(id);
        if (FULL.matcher(id).matches()) return Optional.of(shortOf(id));
        var dated = DATED.matcher(id);
        return dated.matches() ? Optional.of(dated.group(1)) : Optional.empty();
    }
}
