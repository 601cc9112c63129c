package org.ailandscape.edit.ui;

import com.vaadin.flow.router.Location;
import java.util.List;
import org.ailandscape.reading.Translations;
import org.ailandscape.report.model.Language;

/** The editor's language: the link's {@code ?lang=} (en or zh), else the browser's; and its words. */
record EditorLanguage(Language language, Translations translations) {

    static EditorLanguage of(Location location, java.util.Locale browser, Translations translations) {
        List<String> asked = location.getQueryParameters().getParameters().getOrDefault("lang", List.of());
        Language language = asked.contains("zh") ? Language.ZH : asked.contains("en") ? Language.EN : Language.of(browser);
        return new EditorLanguage(language, translations);
    }

    String t(String key, Object... params) {
        return translations.get(key, language, params);
    }

    Language other() {
        return language == Language.EN ? Language.ZH : Language.EN;
    }
}
