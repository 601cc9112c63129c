package org.ailandscape.page;

import org.ailandscape.link.LinkTarget;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Overview;
import org.jsoup.nodes.Element;

/** The headline metrics, and the industry's phase with its four eras as a timeline. */
final class OverviewSection {

    private OverviewSection() {}

    static Element render(PageView view) {
        Reading reading = view.reading();
        Overview overview = view.report().overview();
        Element section = SectionFrame.of(Section.OVERVIEW, null, view);
        Element cards = Fragments.el("ul", "card-grid", "metrics");
        overview.headlineMetrics().forEach(m -> cards.appendChild(MetricCards.card(m, "headline", view)));
        section.appendChild(cards);

        Overview.Phase p = overview.phase();
        Element phase = Fragments.el("div", "phase", "card").attr("id", "phase");
        phase.appendChild(MetricCards.explanation(LinkTarget.PHASE, p.label(), p.intro(), p.sourceLine(),
                view.snapshot().sources(p.sources()), "", "phase", view));
        Element now = Fragments.el("p", "phase-now");
        Fragments.bilingual(now, "span", p.label(), reading, "phase-label");
        Fragments.bilingual(now, "strong", p.display(), reading, "phase-value");
        phase.appendChild(now);
        Fragments.bilingual(phase, "p", p.intro(), reading, "phase-intro");
        Element timeline = Fragments.el("ol", "timeline");
        for (Overview.Era era : p.eras()) {
            Element item = Fragments.el("li", "era");
            item.attr("id", "era-" + era.id());
            if (era.current()) item.addClass("current");
            item.appendChild(Fragments.el("span", "era-marker").attr("aria-hidden", "true").text(era.marker()));
            Element text = Fragments.el("div", "era-text");
            Element title = Fragments.el("p", "era-title");
            Fragments.bilingual(title, "span", era.name(), reading, "era-name");
            title.appendChild(Fragments.el("span", "era-period").text(era.period().in(reading.lead())));
            if (era.current()) title.appendChild(Fragments.chrome("span", reading.t("overview.now"), reading, "badge"));
            text.appendChild(title);
            Fragments.bilingual(text, "p", era.description(), reading, "era-description");
            item.appendChild(text);
            timeline.appendChild(item);
        }
        phase.appendChild(timeline);
        Fragments.bilingual(phase, "p", p.sourceLine(), reading, "source-line");
        section.appendChild(phase);
        ChartFigures.appendTo(section, Section.OVERVIEW, view);
        return section;
    }
}
