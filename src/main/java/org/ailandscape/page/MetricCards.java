package org.ailandscape.page;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.ailandscape.link.LinkTarget;
import org.ailandscape.link.PageState;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Report;
import org.ailandscape.report.model.Metric;
import org.ailandscape.report.model.Source;
import org.ailandscape.report.model.Text;
import org.jsoup.nodes.Element;

/**
 * A headline metric or KPI card (the figure large, the label calm) and the "i" that explains a figure:
 * a disclosure whose panel holds the explanation, the named sources, the period and a link to it.
 * The explanations share one {@code name}, so opening one closes another, as a popover would; the
 * text stays in the document, so the browser's find-in-page reaches it and opens it. It opens and
 * closes without any script.
 */
final class MetricCards {

    private static final String TOGGLE = "info";

    private MetricCards() {}

    /**
     * The explanations of one section are the link's {@code info}: one open at a time over the overview
     * and the KPIs, so a section clears it only if the open explanation was its own.
     */
    static PartActions actions(Section section) {
        return new PartActions() {
            @Override
            public UnaryOperator<PageState> toggled(String name, String id, boolean open, Report report) {
                if (!name.equals(TOGGLE)) return s -> s;
                return s -> open ? s.withInfo(id) : id.equals(s.info()) ? s.withInfo(null) : s;
            }

            @Override
            public UnaryOperator<PageState> found(Set<String> open, Map<String, List<String>> values, Report report) {
                String shown = PartActions.openOf(TOGGLE, open).stream().filter(id -> owns(section, id, report)).findFirst().orElse(null);
                return s -> shown != null ? s.withInfo(shown) : s.info() != null && owns(section, s.info(), report) ? s.withInfo(null) : s;
            }
        };
    }

    private static boolean owns(Section section, String metricId, Report report) {
        return LinkTarget.of(PageState.EMPTY.withInfo(metricId), report)
                .filter(t -> t instanceof LinkTarget.Explanation e && e.section() == section).isPresent();
    }

    static Element card(Metric metric, String variant, PageView view) {
        Reading reading = view.reading();
        Element card = Fragments.el("li", "card", "metric-card", variant).attr("id", "metric-" + metric.id());
        Fragments.bilingual(card, "p", metric.display(), reading, "metric-value");
        Fragments.bilingual(card, "p", metric.label(), reading, "metric-label");
        String period = metric.primary().period() == null ? "" : metric.primary().period();
        card.appendChild(explanation(metric.id(), metric.label(), metric.explanation(), metric.sourceLine(),
                view.snapshot().sources(metric.sources()), period, "metric-" + metric.id(), view));
        return card;
    }

    /** The "i" and its panel; {@code anchorId} is the element a link to this explanation scrolls to. */
    static Element explanation(String id, Text label, Text explanation, Text sourceLine, List<Source> sources, String period,
            String anchorId, PageView view) {
        Reading reading = view.reading();
        Element details = Fragments.el("details", "info").attr("name", "explain").attr("data-toggle", "info").attr("data-id", id);
        if (id.equals(view.state().info())) details.attr("open", true);
        details.appendChild(Fragments.el("summary", "info-button").attr("id", "info-" + id)
                .attr("aria-label", reading.t("info.open", reading.lead(label)))
                .appendChild(Fragments.el("span").attr("aria-hidden", "true").text("i")));

        Element panel = Fragments.el("div", "info-panel").attr("id", "explain-" + id);
        Element title = Fragments.el("p", "info-title");
        Fragments.bilingual(title, "span", label, reading);
        panel.appendChild(title);
        Fragments.bilingual(panel, "p", explanation, reading, "info-explanation");
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
        panel.appendChild(meta);
        Element actions = Fragments.el("div", "info-actions");
        actions.appendChild(SectionFrame.copyLink("copy-info-" + id, view.href(view.state().languageOnly().withInfo(id), anchorId),
                reading.t("link.copyInfo", reading.lead(label)), reading));
        actions.appendChild(ShareMenu.forFigure(id, reading.lead(label), view));
        panel.appendChild(actions);
        return details.appendChild(panel);
    }
}
