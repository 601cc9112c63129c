package org.ailandscape.ui;

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

    /** The languages shown, the first one leading. */
    public List<Language> languages(Language chrome) {
        return switch (this) {
            case EN -> List.of(Language.EN);
            case ZH -> List.of(Language.ZH);
            case BOTH -> List.of(chrome, chrome.other());
        };
    }

    public static Optional<ReadingMode> parse(String key) {
        for (ReadingMode mode : values()) {
            if (mode.key.equalsIgnoreCase(key.strip())) return Optional.of(mode);
        }
        return Optional.empty();
    }

    public static ReadingMode of(Language language) {
        return language == Language.EN ? EN : ZH;
    }
}
