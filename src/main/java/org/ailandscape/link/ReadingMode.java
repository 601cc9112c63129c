package org.ailandscape.link;

import java.util.List;
import java.util.Optional;
import org.ailandscape.report.model.Language;

/** How the reader reads the report: English, Chinese, or both side by side (the report's own form). */
public enum ReadingMode {
    EN("en"),
    ZH("zh"),
    BOTH("both");

    private final String key;

    ReadingMode(String key) {
        this.key = key;
    }

    /** The value in the {@code lang} URL parameter. */
    public String key() {
        return key;
    }

    /**
     * The language of the page's own words (buttons, section names): the mode's language, or for
     * "both" the browser's, which then also leads.
     */
    public Language chrome(Language browser) {
        return switch (this) {
            case EN -> Language.EN;
            case ZH -> Language.ZH;
            case BOTH -> browser;
        };
    }

    /** The languages shown, the leading one first. */
    public List<Language> languages(Language browser) {
        return switch (this) {
            case EN -> List.of(Language.EN);
            case ZH -> List.of(Language.ZH);
            case BOTH -> List.of(browser, browser.other());
        };
    }

    /** The language that leads: the page's {@code <html lang>}, link previews, the CSV download. */
    public Language lead(Language browser) {
        return languages(browser).getFirst();
    }

    public static Optional<ReadingMode> parse(String key) {
        for (ReadingMode mode : values()) {
            if (mode.key.equalsIgnoreCase(key.strip())) return Optional.of(mode);
        }
        return Optional.empty();
    }

    /** The mode of a link without {@code lang}: the browser's language alone. */
    public static ReadingMode of(Language language) {
        return language == Language.EN ? EN : ZH;
    }
}
