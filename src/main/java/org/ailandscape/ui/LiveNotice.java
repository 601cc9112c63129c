package org.ailandscape.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import org.ailandscape.page.PageRenderer;
import org.ailandscape.page.PageView;

/**
 * The notice that the report has been corrected since the page was opened ("… · Reload"), in the
 * empty place the first response keeps for it. Reloading opens the same view, since the link holds it.
 */
@Tag("live-part")
class LiveNotice extends Component {

    private final PageRenderer renderer;
    private String shown = "";

    LiveNotice(PageRenderer renderer) {
        this.renderer = renderer;
        getElement().setAttribute("for", "report-notice");
    }

    /** The first response shows no notice. */
    void adopt() {
        shown = "";
    }

    void apply(PageView view, boolean corrected) {
        String key = corrected ? view.reading().key() + "|" + view.state().toQueryString() : "";
        if (key.equals(shown)) return;
        shown = key;
        getElement().callJsFunction("show", renderer.notice(view, corrected).outerHtml());
    }

    boolean isShown() {
        return !shown.isEmpty();
    }
}
