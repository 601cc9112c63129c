package org.ailandscape.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A block of static content built with {@link Fragments}. It is one element on the server however much
 * it shows, and its text is shared with every other reader who sees the same (see {@link #show}), which
 * keeps the memory per reader small; its content is jsoup's escaped output only.
 */
@Tag("div")
public class HtmlFragment extends Component implements HasStyle {

    private String html = "";

    public HtmlFragment(String... classes) {
        addClassNames(classes);
    }

    /** Shows the children of {@code content} (the wrapper element itself is not rendered). */
    public void show(Element content) {
        Document shell = Document.createShell("");
        shell.outputSettings().prettyPrint(false);
        shell.body().appendChild(content);
        // Interned: every reader of the same view shows the same few hundred kilobytes of text, and a
        // server-side UI keeps what it shows for its whole life. The JVM's string table holds one copy
        // for all of them and lets it go once no UI shows it.
        html = content.html().intern();
        getElement().setProperty("innerHTML", html);
    }

    /** The HTML now shown (for tests). */
    public String html() {
        return html;
    }
}
