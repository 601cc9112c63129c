package org.ailandscape.page;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.dom.ElementUtil;
import org.jsoup.nodes.Document;

/**
 * The markup of a tree of Flow elements, as a browser would build it from the live page: Flow's own
 * conversion ({@link ElementUtil#toJsoup}, which also writes out an {@code innerHTML} property, as a
 * {@link Block} has), written out as it is (no pretty-printing, which would add white space between
 * inline elements). {@link Element#getOuterHTML()} is the same conversion, pretty-printed.
 */
public final class Rendered {

    private Rendered() {}

    /** The element itself and everything in it. */
    public static String outerHtml(Element element) {
        return attached(element).outerHtml();
    }

    /** What is inside the element. */
    static String innerHtml(Element element) {
        return attached(element).html();
    }

    /** The element as a jsoup node of a document of its own (whose output settings then apply). */
    private static org.jsoup.nodes.Element attached(Element element) {
        Document document = new Document("");
        document.outputSettings().prettyPrint(false).indentAmount(0);
        org.jsoup.nodes.Node node = ElementUtil.toJsoup(document, element);
        document.appendChild(node);
        return (org.jsoup.nodes.Element) node;
    }
}
