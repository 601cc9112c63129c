package org.ailandscape.page;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import org.ailandscape.link.LinkTarget;
import org.ailandscape.reading.PageView;
import org.ailandscape.reading.Reading;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Overview;
import org.ailandscape.report.model.Text;
import org.jspecify.annotations.Nullable;

/** The headline metrics, the industry's phase with its four eras as a timeline, and the market-size projection. */
final class OverviewSection extends SectionFrame {

    private final List<ViewPart> parts = new ArrayList<>();

    OverviewSection(PageView view, ViewChanges changes) {
        super(Section.OVERVIEW, view);
        Overview overview = view.report().overview();
        UnorderedList cards = new UnorderedList();
        cards.addClassNames("card-grid", "metrics");
        overview.headlineMetrics().forEach(m -> cards.add(part(new MetricCard(m, "headline", view, changes))));
        getContent().add(cards, phase(view, changes));
        Block charts = ChartFigure.gridOf(Section.OVERVIEW, view);
        if (charts != null) getContent().add(charts);
    }

    @Override
    @Nullable Text heading(PageView view) {
        return null;
    }

    @Override
    public void show(PageView view) {
        super.show(view);
        parts.forEach(p -> p.show(view));
    }

    private <T extends ViewPart> T part(T part) {
        parts.add(part);
        return part;
    }

    private Div phase(PageView view, ViewChanges changes) {
        Reading reading = view.reading();
        Overview.Phase p = view.report().overview().phase();
        Div phase = new Div();
        phase.setId("phase");
        phase.addClassNames("phase", "card");
        Explanation explanation = part(new Explanation(new Explanation.Content(LinkTarget.PHASE, p.label(), p.intro(), p.sourceLine(),
                view.snapshot().sources(p.sources()), "", "phase", java.util.List.of()), view, changes));
        phase.add(explanation.button(), explanation);
        phase.add(Block.cached(view.key() + "|phase", () -> {
            Element body = Markup.el("div", "phase-body");
            Element now = Markup.el("p", "phase-now");
            Markup.bilingual(now, "span", p.label(), reading, "phase-label");
            Markup.bilingual(now, "strong", p.display(), reading, "phase-value");
            body.appendChild(now);
            Markup.bilingual(body, "p", p.intro(), reading, "phase-intro");
            Element timeline = Markup.el("ol", "timeline");
            for (Overview.Era era : p.eras()) {
                Element item = Markup.el("li", "era").setAttribute("id", "era-" + era.id());
                if (era.current()) item.getClassList().add("current");
                item.appendChild(Markup.text("span", era.marker(), "era-marker").setAttribute("aria-hidden", "true"));
                Element text = Markup.el("div", "era-text");
                Element title = Markup.el("p", "era-title");
                Markup.bilingual(title, "span", era.name(), reading, "era-name");
                title.appendChild(Markup.text("span", era.period().in(reading.lead()), "era-period"));
                if (era.current()) title.appendChild(Markup.text("span", reading.t("overview.now"), "badge"));
                text.appendChild(title);
                Markup.bilingual(text, "p", era.description(), reading, "era-description");
                item.appendChild(text);
                timeline.appendChild(item);
            }
            body.appendChild(timeline);
            Markup.bilingual(body, "p", p.sourceLine(), reading, "source-line");
            return body;
        }));
        return phase;
    }
}
