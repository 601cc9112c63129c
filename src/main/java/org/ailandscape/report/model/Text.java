package org.ailandscape.report.model;

import org.jspecify.annotations.Nullable;

/**
 * A text of the report in both languages, exactly as the report writes it. Validation guarantees
 * both are present, except for a figure the report writes in one language only.
 */
public record Text(@Nullable String en, @Nullable String zh) {

    /** The text in the given language, falling back to the other one if the report has only that. */
    public String in(Language language) {
        String preferred = language == Language.EN ? en : zh;
        String fallback = language == Language.EN ? zh : en;
        return preferred != null ? preferred : fallback != null ? fallback : "";
    }

    /** Whether the report has this text in the given language. */
    public boolean has(Language language) {
        return (language == Language.EN ? en : zh) != null;
    }

    /** Whether both languages carry the same text (a name, a figure shown to everyone). */
    public boolean isSameInBoth() {
        return en != null && en.equals(zh);
    }
}
