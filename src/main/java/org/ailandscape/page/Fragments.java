package org.ailandscape.page;

import java.util.List;
import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Text;
import org.jsoup.nodes.Element;

/**
 * Builds the static parts of the page as jsoup elements. jsoup escapes every text node, so whatever
 * the data holds reaches the browser as text, never as markup.
 */
public final class Fragments {

    private Fragments() {}

    /** A new detached element. */
    public static Element el(String tag, String... classes) {
        Element element = new Element(tag);
        for (String cssClass : classes) element.addClass(cssClass);
        return element;
    }

    /**
     * The text in each language the reader reads, one {@code tag} per language, each carrying its
     * {@code lang}; the second language of "both" is marked {@code alt}.
     */
    public static void bilingual(Element parent, String tag, Text text, Reading reading, String... classes) {
        List<Language> languages = reading.languages();
        for (int i = 0; i < languages.size(); i++) {
            Language language = languages.get(i);
            if (i > 0 && (!text.has(language) || text.isSameInBoth())) continue;
            Element element = el(tag, classes).text(text.in(language));
            if (i > 0) element.attr("lang", language.htmlLang()).addClass("alt");
            parent.appendChild(element);
        }
    }

    /** Plain chrome text in the chrome's language. */
    public static Element chrome(String tag, String text, Reading reading, String... classes) {
        return el(tag, classes).text(text);
    }
}
