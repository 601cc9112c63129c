package org.ailandscape.ui;

import java.util.List;
import org.ailandscape.report.ReportService;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Overview;
import org.ailandscape.report.model.Report;
import org.jsoup.nodes.Element;

/** The headline metrics and the industry's phase, its four eras as a timeline. */
class OverviewSection extends ReportSection {

    private final List<MetricCard> cards;
    private final HtmlFragment phase = new HtmlFragment("phase");
    private final InfoButton phaseInfo;
    private final Overview overview;

    OverviewSection(ReportService service) {
        super(Section.OVERVIEW);
        Report report = service.report();
        overview = report.overview();
        cards = overview.headlineMetrics().stream()
                .map(m -> new MetricCard(m, service.sources(m.sources()), "headline"))
                .toList();
        Overview.Phase p = overview.phase();
        phaseInfo = new InfoButton("phase", p.label(), p.intro(), p.sourceLine(), service.sources(p.sources()), "");
        cardGrid("metrics").add(cards.toArray(MetricCard[]::new));
        add(phaseInfo);
        add(phase);
        phaseInfo.addClassName("phase-info");
    }

    List<MetricCard> cards() {
        return cards;
    }

    /** The info buttons of this section: one per headline metric, and the phase's. */
    List<InfoButton> infoButtons() {
        List<InfoButton> buttons = new java.util.ArrayList<>(cards.stream().map(MetricCard::info).toList());
        buttons.add(phaseInfo);
        return buttons;
    }

    @Override
    protected void localizeContent(Reading reading) {
        chromeHeading(reading, "section.overview");
        cards.forEach(c -> c.localize(reading));
        phaseInfo.localize(reading);

        Overview.Phase p = overview.phase();
        Element root = Fragments.el("div");
        Element now = Fragments.el("p", "phase-now");
        Fragments.bilingual(now, "span", p.label(), reading, "phase-label");
        Fragments.bilingual(now, "strong", p.display(), reading, "phase-value");
        root.appendChild(now);
        Fragments.bilingual(root, "p", p.intro(), reading, "phase-intro");
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
        root.appendChild(timeline);
        Fragments.bilingual(root, "p", p.sourceLine(), reading, "source-line");
        phase.show(root);
    }
}
