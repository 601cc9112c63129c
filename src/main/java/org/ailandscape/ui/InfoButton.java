package org.ailandscape.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.ailandscape.report.model.Metric;
import org.ailandscape.report.model.Source;
import org.ailandscape.report.model.Text;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The "i" next to a figure: a real button with an accessible name that opens a popover with the
 * explanation, the named sources and the period. Esc or a click outside closes it. The popover and
 * its content are made on the first click: most readers open few explanations, and a page holds
 * eight of them.
 */
class InfoButton extends Div {

    private final Button button = new Button("i");
    private @Nullable Popover popover;
    private @Nullable HtmlFragment content;
    private @Nullable CopyLinkButton copyLink;
    private final Text label;
    private final Text explanation;
    private final Text sourceLine;
    private final List<Source> sources;
    private final String period;
    private final String metricId;
    private java.util.function.Function<String, String> linkOf = id -> "info=" + id;
    private java.util.function.Consumer<@Nullable String> onUserToggle = id -> {};
    private @Nullable Reading reading;
    private @Nullable Registration firstClick;

    InfoButton(String id, Text label, Text explanation, Text sourceLine, List<Source> sources, String period) {
        this.label = label;
        this.explanation = explanation;
        this.sourceLine = sourceLine;
        this.sources = sources;
        this.period = period;
        this.metricId = id;
        addClassName("info");
        button.addClassName("info-button");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setId("info-" + id);
        button.getElement().setAttribute("aria-haspopup", "dialog");
        firstClick = button.addClickListener(e -> {
            popover().open();
            onUserToggle.accept(metricId);
        });
        add(button);
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
        if (isOpen()) return;
        button.getElement().executeJs("setTimeout(() => requestAnimationFrame(() => this.click()), 150)");
    }

    boolean isOpen() {
        return popover != null && popover.isOpened();
    }

    void close() {
        if (popover != null) popover.close();
    }

    String metricId() {
        return metricId;
    }

    void setLinks(java.util.function.Function<String, String> linkOf) {
        this.linkOf = linkOf;
    }

    /** Called with the metric id when the reader opens the explanation, with null when they close it. */
    void onUserToggle(java.util.function.Consumer<@Nullable String> listener) {
        this.onUserToggle = listener;
    }

    Button button() {
        return button;
    }

    /** The popover, made now if it was not yet (from then on it opens and closes in the browser). */
    Popover popover() {
        if (popover != null) return popover;
        if (firstClick != null) {
            firstClick.remove();
            firstClick = null;
        }
        Popover made = new Popover();
        made.setTarget(button);
        made.setPosition(PopoverPosition.BOTTOM);
        made.setCloseOnEsc(true);
        made.setCloseOnOutsideClick(true);
        made.setAutofocus(false);
        made.setRole("dialog");
        made.addClassName("info-popover");
        content = new HtmlFragment("info-content");
        copyLink = new CopyLinkButton("copy-info-" + metricId, () -> linkOf.apply(metricId));
        made.add(content, copyLink);
        made.addOpenedChangeListener(e -> {
            if (e.isFromClient()) onUserToggle.accept(e.isOpened() ? metricId : null);
        });
        popover = made;
        add(made);
        if (reading != null) localizePopover(reading);
        return made;
    }

    void localize(Reading newReading) {
        this.reading = newReading;
        String name = newReading.t("info.open", newReading.lead(label));
        button.setAriaLabel(name);
        button.setTooltipText(null);
        if (popover != null) localizePopover(newReading);
    }

    private void localizePopover(Reading reading) {
        popover.setAriaLabel(reading.t("info.open", reading.lead(label)));
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
