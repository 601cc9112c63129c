package org.ailandscape.edit.ui;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.ailandscape.reading.Translations;
import org.ailandscape.report.model.Language;

/** The editor's language: the link's {@code ?lang=} (en or zh), else the browser's; and its words. */
record EditorLanguage(Language language, Translations translations) {

    private static final String CHOSEN = EditorLanguage.class.getName();

    /**
     * The link's language, else the one chosen earlier in this session (a failed sign-in's redirect drops
     * the query), else the browser's (its Accept-Language, not Vaadin's UI locale, which is the first
     * language the translations provide).
     */
    static EditorLanguage of(Location location, Translations translations) {
        List<String> asked = location.getQueryParameters().getParameters().getOrDefault("lang", List.of());
        VaadinSession session = VaadinSession.getCurrent();
        Language language;
        if (asked.contains("zh") || asked.contains("en")) {
            language = asked.contains("zh") ? Language.ZH : Language.EN;
            if (session != null) session.setAttribute(CHOSEN, language);
        } else if (session != null && session.getAttribute(CHOSEN) instanceof Language chosen) {
            language = chosen;
        } else {
            VaadinRequest request = VaadinRequest.getCurrent();
            language = Language.of(request == null || request.getLocale() == null ? java.util.Locale.ENGLISH : request.getLocale());
        }
        return new EditorLanguage(language, translations);
    }

    String t(String key, Object... params) {
        return translations.get(key, language, params);
    }

    Language other() {
        return language == Language.EN ? Language.ZH : Language.EN;
    }
}
