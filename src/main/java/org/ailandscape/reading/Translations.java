package org.ailandscape.reading;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.ailandscape.report.model.Language;
import org.springframework.stereotype.Component;

/**
 * The page's own words (buttons, headings the report lacks, messages) in English and Chinese, from
 * {@code vaadin-i18n/translations[_zh_CN].properties}. A missing key shows as {@code !key}, which a
 * test looks for.
 */
@Component
public final class Translations {

    static final String BUNDLE = "vaadin-i18n/translations";

    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    public Translations() {
        for (Language language : Language.values()) {
            bundles.put(language, ResourceBundle.getBundle(BUNDLE, language.locale(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }

    /** The word for {@code key} in {@code language}, with {@code params} put in as {@link MessageFormat} does. */
    public String get(String key, Language language, Object... params) {
        String pattern;
        try {
            pattern = bundles.get(language).getString(key);
        } catch (MissingResourceException e) {
            return "!" + language.key() + ": " + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(params);
    }

    /** Whether the key exists in this language's file (not falling back to another). */
    public boolean has(String key, Language language) {
        return bundles.get(language).containsKey(key);
    }
}
