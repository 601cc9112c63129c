package org.ailandscape.page;

import com.vaadin.flow.dom.Element;
import org.ailandscape.link.ReadingMode;
import org.ailandscape.reading.Translations;
import org.ailandscape.report.model.Language;

/**
 * What a reader sees instead of a page that cannot be shown: what happened in plain words, in the
 * browser's language with the other one beside it, and the way back to the report. Nothing about the
 * server's insides: no exception, no route list, no stack.
 */
public final class ErrorContent {

    /** The not-found page's words. */
    public static final String NOT_FOUND = "error.notFound";
    /** A link's version that is no version id at all (400). */
    public static final String BAD_VERSION = "error.badVersion";
    /** A link's version that the store does not have (404). */
    public static final String UNKNOWN_VERSION = "error.unknownVersion";
    /** A link's older version while the version store cannot be asked (503). */
    public static final String VERSION_UNAVAILABLE = "error.versionUnavailable";
    /** The failure page's words. */
    public static final String FAILED = "error.failed";

    private ErrorContent() {}

    /** The title, in the browser's language. */
    public static String title(String key, Language browser, Translations translations) {
        return translations.get(key + ".title", browser);
    }

    /** The page's content for a title and text key pair, e.g. {@link #NOT_FOUND}. */
    public static Element of(String key, Language browser, Translations translations) {
        Element main = Markup.el("main", "error-page").setAttribute("id", "main");
        for (Language language : ReadingMode.BOTH.languages(browser)) {
            Element block = Markup.el("div", "error-block").setAttribute("lang", language.htmlLang());
            block.appendChild(Markup.text(language == browser ? "h1" : "p", translations.get(key + ".title", language), "error-title"));
            block.appendChild(Markup.text("p", translations.get(key + ".text", language)));
            block.appendChild(Markup.el("p").appendChild(Markup.link("./", translations.get(key.equals(NOT_FOUND) || key.equals(FAILED) ? "error.back" : "error.latest", language), "error-back").setAttribute("router-ignore", true)));
            main.appendChild(block);
        }
        return main;
    }
}
