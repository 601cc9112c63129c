package org.ailandscape.page;

import org.ailandscape.link.ReadingMode;
import org.ailandscape.report.model.Language;
import org.jsoup.nodes.Element;

/**
 * What a reader sees instead of a page that cannot be shown: what happened in plain words, in the
 * browser's language with the other one beside it, and the way back to the report. Nothing about the
 * server's insides: no exception, no route list, no stack.
 */
public final class ErrorRenderer {

    /** The not-found page's words. */
    public static final String NOT_FOUND = "error.notFound";
    /** The failure page's words. */
    public static final String FAILED = "error.failed";

    private ErrorRenderer() {}

    /** The title, in the browser's language. */
    public static String title(String key, Language browser, Translations translations) {
        return translations.get(key + ".title", browser);
    }

    /** The page's content for a title and text key pair, e.g. {@link #NOT_FOUND}. */
    public static Element render(String key, Language browser, Translations translations) {
        Element main = Fragments.el("main", "error-page").attr("id", "main");
        for (Language language : ReadingMode.BOTH.languages(browser)) {
            Element block = Fragments.el("div", "error-block").attr("lang", language.htmlLang());
            block.appendChild(Fragments.el(language == browser ? "h1" : "p", "error-title").text(translations.get(key + ".title", language)));
            block.appendChild(Fragments.el("p").text(translations.get(key + ".text", language)));
            block.appendChild(Fragments.el("p").appendChild(Fragments.el("a", "error-back").attr("href", "./")
                    .text(translations.get("error.back", language))));
            main.appendChild(block);
        }
        return main;
    }
}
