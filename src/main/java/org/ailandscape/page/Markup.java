package org.ailandscape.page;

import com.vaadin.flow.dom.Element;
import java.util.List;
import org.ailandscape.reading.Reading;
import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Text;

/**
 * Builds the static parts of the page with Flow's {@link Element} API, for a {@link Block}. Text goes in
 * as text (Flow escapes it when the block is written out), so whatever the data holds reaches the
 * browser as text, never as markup.
 */
final class Markup {

    private Markup() {}

    /** A new detached element with these classes. */
    static Element el(String tag, String... classes) {
        Element element = new Element(tag);
        for (String cssClass : classes) element.getClassList().add(cssClass);
        return element;
    }

    /** An element holding one text. */
    static Element text(String tag, String text, String... classes) {
        return el(tag, classes).setText(text);
    }

    /** A text node, for text beside elements. */
    static Element plain(String text) {
        return Element.createText(text);
    }

    /**
     * The text in each language the reader reads, one {@code tag} per language; the second language of
     * "both" carries its {@code lang} and is marked {@code alt}.
     */
    static void bilingual(Element parent, String tag, Text text, Reading reading, String... classes) {
        List<Language> languages = reading.languages();
        for (int i = 0; i < languages.size(); i++) {
            Language language = languages.get(i);
            if (i > 0 && (!text.has(language) || text.isSameInBoth())) continue;
            Element element = text(tag, text.in(language), classes);
            if (i > 0) {
                element.setAttribute("lang", language.htmlLang());
                element.getClassList().add("alt");
            }
            parent.appendChild(element);
        }
    }

    /** A link that works as a link (it loads that view) and that the live page follows in place. */
    static Element link(String href, String text, String... classes) {
        return text("a", text, classes).setAttribute("href", href);
    }
}
