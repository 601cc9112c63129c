package org.ailandscape.report.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** The two languages of the report. */
public enum Language {
    @JsonProperty("en") EN("en", "en", Locale.ENGLISH),
    @JsonProperty("zh") ZH("zh", "zh-Hans", Locale.SIMPLIFIED_CHINESE);

    private final String key;
    private final String htmlLang;
    private final Locale locale;

    Language(String key, String htmlLang, Locale locale) {
        this.key = key;
        this.htmlLang = htmlLang;
        this.locale = locale;
    }

    /** The key used in the data files and in URLs: "en" or "zh". */
    public String key() { return key; }

    /** The value for an HTML lang attribute. */
    public String htmlLang() { return htmlLang; }

    public Locale locale() { return locale; }

    public Language other() { return this == EN ? ZH : EN; }

    /** The language for a locale: Chinese for any zh locale, English otherwise. */
    public static Language of(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? ZH : EN;
    }
}
