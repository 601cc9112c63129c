package org.ailandscape.page;

import org.ailandscape.report.Section;
import org.jsoup.nodes.Element;

/** The KPI cards, and the charts of their figures. */
final class KpiSection {

    private KpiSection() {}

    static Element render(PageView view) {
        Element section = SectionFrame.of(Section.KPIS, null, view);
        Element cards = Fragments.el("ul", "card-grid", "metrics", "kpis");
        view.report().kpis().kpis().forEach(m -> cards.appendChild(MetricCards.card(m, "kpi", view)));
        section.appendChild(cards);
        ChartFigures.appendTo(section, Section.KPIS, view);
        return section;
    }
}
