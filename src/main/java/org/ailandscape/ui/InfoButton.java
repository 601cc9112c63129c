package org.ailandscape.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import java.util.List;
import org.ailandscape.report.model.Metric;
import org.ailandscape.report.model.Source;
import org.ailandscape.report.model.Text;
import org.jsoup.nodes.Element;

/**
 * The "i" next to a figure: a real button with an accessible name that opens a popover with the
 * explanation, the named sources and the period. Esc or a click outside closes it.
 */
class InfoButton extends Div {

    private final Button button = new Button("i");
    private final Popover popover = new Popover();
    private final HtmlFragment content = new HtmlFragment("info-content");
    private final Text label;
    private final Text explanation;
    private final Text sourceLine;
    private final List<Source> sources;
    private final String period;
    private final String metricId;
    private final CopyLinkButton copyLink;
    private java.util.function.Function<String, String> linkOf = id -> "info=" + id;

    InfoButton(String id, Text label, Text explanation, Text sourceLine, List<Source> sources, String period) {
        this.label = label;
        this.explanation = explanation;
        this.sourceLine = sourceLine;
        this.sources = sources;
        this.period = period;
        this.metricId = id;
        this.copyLink = new CopyLinkButton("copy-info-" + id, () -> linkOf.apply(metricId));
        addClassName("info");
        button.addClassName("info-button");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setId("info-" + id);
        popover.setTarget(button);
        popover.setPosition(PopoverPosition.BOTTOM);
        popover.setCloseOnEsc(true);
        popover.setCloseOnOutsideClick(true);
        popover.setAutofocus(false);
        popover.setRole("dialog");
        popover.addClassName("info-popover");
        popover.add(content, copyLink);
        add(button, popover);
    }

    static InfoButton forMetric(Metric metric, List<Source> sources) {
        String period = metric.primary().period() == null ? "" : metric.primary().period();
        return new InfoButton(metric.id(), metric.label(), metric.explanation(), metric.sourceLine(), sources, period);
    }

    /**
     * Opens the explanation once the page has rendered: a popover opened in the same response that
     * creates the page finds no laid-out target, so the button is clicked in the browser instead.
     */
    void openSoon() {
        if (popover.isOpened()) return;
        button.getElement().executeJs("setTimeout(() => requestAnimationFrame(() => this.click()), 150)");
    }

    String metricId() {
        return metricId;
    }

    void setLinks(java.util.function.Function<String, String> linkOf) {
        this.linkOf = linkOf;
    }

    /** Called with the metric id when the reader opens the explanation, with null when they close it. */
    void onUserToggle(java.util.function.Consumer<@org.jspecify.annotations.Nullable String> listener) {
        popover.addOpenedChangeListener(e -> {
            if (e.isFromClient()) listener.accept(e.isOpened() ? metricId : null);
        });
    }

    Button button() {
        return button;
    }

    Popover popover() {
        return popover;
    }

    void localize(Reading reading) {
        String name = reading.t("info.open", reading.lead(label));
        button.setAriaLabel(name);
        button.setTooltipText(null);
        popover.setAriaLabel(name);

        Element root = Fragments.el("div");
        Element heading = Fragments.el("p", "info-title");
        Fragments.bilingual(heading, "span", label, reading);
        root.appendChild(heading);
        Fragments.bilingual(root, "p", explanation, reading, "info-explanation");

        Element meta = Fragments.el("dl", "info-meta");
        meta.appendChild(Fragments.chrome("dt", reading.t("info.sources"), reading));
        Element sourceList = Fragments.el("dd");
        Element list = Fragments.el("ul", "source-list");
        for (Source source : sources) list.appendChild(SourceText.item(source, reading));
        sourceList.appendChild(list);
        Fragments.bilingual(sourceList, "p", sourceLine, reading, "source-line");
        meta.appendChild(sourceList);
        if (!period.isBlank()) {
            meta.appendChild(Fragments.chrome("dt", reading.t("info.period"), reading));
            meta.appendChild(Fragments.el("dd").text(period));
        }
        root.appendChild(meta);
        content.show(root);
        copyLink.localize(reading, reading.t("link.copyInfo", reading.lead(label)));
    }
}
