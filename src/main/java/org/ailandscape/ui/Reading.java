package org.ailandscape.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Text;

/**
 * What a view needs to put words on the page: the reading mode, the language of the page's own
 * chrome (buttons, headings the report lacks), and the chrome's translations.
 */
public record Reading(ReadingMode mode, Language chrome, I18NProvider i18n) {

    /** The language the browser of the current request prefers (English outside a request). */
    static Language browserLanguage() {
        return Language.of(Optional.ofNullable(VaadinRequest.getCurrent()).map(VaadinRequest::getLocale).orElse(Locale.ENGLISH));
    }

    /** The languages in which report text is shown, the leading one first. */
    public List<Language> languages() {
        return mode.languages(chrome);
    }

    /** The leading language of report text. */
    public Language lead() {
        return languages().getFirst();
    }

    public boolean both() {
        return mode == ReadingMode.BOTH;
    }

    /** A translated piece of chrome. */
    public String t(String key, Object... params) {
        return i18n.getTranslation(key, chrome.locale(), params);
    }

    /** Report text in the leading language. */
    public String lead(Text text) {
        return text.in(lead());
    }

    public Reading withMode(ReadingMode newMode, Language newChrome) {
        return new Reading(newMode, newChrome, i18n);
    }
}
