package org.ailandscape.ui;

import java.util.List;
import org.ailandscape.report.ReportService;
import org.ailandscape.report.Section;

/** The KPI cards. */
class KpiSection extends ReportSection {

    private final List<MetricCard> cards;

    KpiSection(ReportService service) {
        super(Section.KPIS);
        cards = service.report().kpis().kpis().stream()
                .map(m -> new MetricCard(m, service.sources(m.sources()), "kpi"))
                .toList();
        cardGrid("kpis").add(cards.toArray(MetricCard[]::new));
    }

    List<MetricCard> cards() {
        return cards;
    }

    @Override
    protected void localizeContent(Reading reading) {
        chromeHeading(reading, "section.kpis");
        cards.forEach(c -> c.localize(reading));
    }
}
