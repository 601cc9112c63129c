package org.ailandscape.page;

import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.ailandscape.link.PageState;
import org.ailandscape.reading.PageView;
import org.ailandscape.reading.Reading;
import org.ailandscape.report.model.Source;
import org.ailandscape.report.model.Text;

/**
 * What an "i" explains about a figure: a Vaadin {@link Popover} beside its button with the explanation,
 * the named sources, the period, a link to it and its citation. The link's {@code info} is the open
 * explanation (one at a time: opening another closes this one, as a click elsewhere does).
 *
 * <p>In the first response the explanation is a native disclosure with the same content
 * ({@link #asNativeDisclosure}), which opens at once, before Vaadin's client has loaded.
 */
final class Explanation extends Popover implements ViewPart {

    /** What the explanation says: a headline metric's, a KPI's, or the industry phase's. */
    record Content(String id, Text label, Text explanation, Text sourceLine, List<Source> sources, String period, String anchorId,
            List<String> figureIds) {}

    private final String id;
    private final NativeButton button;
    /** Whether the last view shown had this explanation open. */
    private final LastShown<Boolean> shown = new LastShown<>(false);

    Explanation(Content content, PageView view, ViewChanges changes) {
        this.id = content.id();
        Reading reading = view.reading();
        button = new NativeButton();
        button.setId("info-" + id);
        button.addClassName("info-button");
        button.getElement().setAttribute("aria-label", reading.t("info.open", reading.lead(content.label())));
        button.getElement().setAttribute("aria-controls", "explain-" + id);
        button.getElement().setProperty("innerHTML", "<span aria-hidden=\"true\">i</span>");
        setId("explain-" + id);
        addClassName("info-panel");
        setTarget(button);
        setPosition(PopoverPosition.BOTTOM_END);
        setAriaLabel(reading.lead(content.label()));
        getElement().setProperty("innerHTML", Block.markup(view.key() + "|explain|" + id,
                () -> panel(content, view)));
        addOpenedChangeListener(event -> {
            if (!event.isFromClient()) return;
            shown.readerMade(event.isOpened());
            mark(event.isOpened());
            changes.inPlace(s -> event.isOpened() ? s.withInfo(id) : id.equals(s.info()) ? s.withInfo(null) : s);
        });
        show(view);
    }

    /**
     * For a page without Vaadin's client (see {@link ReportPage#writtenOut()}): in place of the "i" and this
     * popover, a native disclosure ({@code <details class="info">}) whose summary is the "i" and whose panel
     * holds the same content. It opens without script, before the client has loaded; its text stays in the
     * document, so the browser's find-in-page reaches it and opens it; the explanations share a
     * {@code name}, so one is open at a time. The page is then no longer a live page's: this is for writing
     * it out only.
     */
    void asNativeDisclosure() {
        Element details = new Element("details");
        details.getClassList().add("info");
        details.setAttribute("name", "explain");
        if (isOpened()) details.setAttribute("open", true);
        Element summary = new Element("summary");
        button.getElement().getAttributeNames().filter(name -> !name.equals("aria-controls"))
                .forEach(name -> summary.setAttribute(name, button.getElement().getAttribute(name)));
        summary.setProperty("innerHTML", button.getElement().getProperty("innerHTML"));
        Element panel = new Element("div");
        getElement().getAttributeNames().filter(name -> !name.equals("opened") && !name.equals("aria-label"))
                .forEach(name -> panel.setAttribute(name, getElement().getAttribute(name)));
        panel.setProperty("innerHTML", getElement().getProperty("innerHTML"));
        details.appendChild(summary, panel);
        Element parent = button.getElement().getParent();
        parent.insertChild(parent.indexOfChild(button.getElement()), details);
        button.getElement().removeFromParent();
        getElement().removeFromParent();
    }

    /** The "i" that opens it. */
    NativeButton button() {
        return button;
    }

    /** Opens or closes the explanation where the view changes it, and only there (see {@link LastShown}). */
    @Override
    public void show(PageView view) {
        boolean open = id.equals(view.state().info());
        if (!shown.changesTo(open)) return;
        if (open != isOpened()) setOpened(open);
        mark(open);
    }

    /** The open state as an attribute too: the first response is written from attributes. */
    private void mark(boolean open) {
        if (open != getElement().hasAttribute("opened")) getElement().setAttribute("opened", open);
    }

    private static Element panel(Content content, PageView view) {
        Reading reading = view.reading();
        Element panel = Markup.el("div");
        Element title = Markup.el("p", "info-title");
        Markup.bilingual(title, "span", content.label(), reading);
        panel.appendChild(title);
        Markup.bilingual(panel, "p", content.explanation(), reading, "info-explanation");
        Element meta = Markup.el("dl", "info-meta");
        meta.appendChild(Markup.text("dt", reading.t("info.sources")));
        Element sourceList = Markup.el("dd");
        Element list = Markup.el("ul", "source-list");
        for (Source source : content.sources()) list.appendChild(source(source, reading));
        sourceList.appendChild(list);
        Markup.bilingual(sourceList, "p", content.sourceLine(), reading, "source-line");
        meta.appendChild(sourceList);
        if (!content.period().isBlank()) {
            meta.appendChild(Markup.text("dt", reading.t("info.period")));
            meta.appendChild(Markup.text("dd", content.period()));
        }
        panel.appendChild(meta);
        Versions.history(view, content.figureIds().toArray(String[]::new)).ifPresent(panel::appendChild);
        Element actions = Markup.el("div", "info-actions");
        PageState state = PageState.EMPTY.withLang(view.state().lang()).withVersion(view.state().version());
        actions.appendChild(SectionFrame.copyLink("copy-info-" + content.id(), SectionFrame.href(state.withInfo(content.id()), content.anchorId()),
                reading.t("link.copyInfo", reading.lead(content.label())), reading));
        actions.appendChild(ShareMenu.forFigure(content.id(), reading.lead(content.label()), state, reading));
        panel.appendChild(actions);
        return panel;
    }

    /** How a source reads: "IDC · Semiconductor Forecast · Apr 2026", or the report's own statement. */
    static Element source(Source source, Reading reading) {
        Element item = Markup.el("li", "source");
        if (source.isReport() || source.publisher() == null) return item.appendChild(Markup.text("span", reading.t("source.report")));
        item.appendChild(Markup.text("span", reading.lead(source.publisher()), "publisher"));
        if (source.title() != null) item.appendChild(Markup.plain(" · "), Markup.text("cite", reading.lead(source.title())));
        if (source.date() != null) item.appendChild(Markup.plain(" · "), Markup.text("span", reading.lead(source.date()), "date"));
        return item;
    }
}
