package org.ailandscape.page;

import java.util.List;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.ListItem;
import org.ailandscape.reading.PageView;
import org.ailandscape.reading.Reading;
import org.ailandscape.report.model.Metric;

/** A headline metric or KPI card: the figure large, the label calm, and the "i" that opens its {@link Explanation}. */
final class MetricCard extends Composite<ListItem> implements ViewPart {

    private final Explanation explanation;

    MetricCard(Metric metric, String variant, PageView view, ViewChanges changes) {
        ListItem card = getContent();
        card.setId("metric-" + metric.id());
        card.addClassNames("card", "metric-card", variant);
        Reading reading = view.reading();
        card.add(Block.cached(view.key() + "|metric|" + metric.id(), () -> {
            var body = Markup.el("div", "metric-body");
            Markup.bilingual(body, "p", metric.display(), reading, "metric-value");
            Markup.bilingual(body, "p", metric.label(), reading, "metric-label");
            return body;
        }));
        String period = metric.primary().period() == null ? "" : metric.primary().period();
        explanation = new Explanation(new Explanation.Content(metric.id(), metric.label(), metric.explanation(), metric.sourceLine(),
                view.snapshot().sources(metric.sources()), period, "metric-" + metric.id(), List.of(metric.id(), metric.primaryFigure())),
                view, changes);
        card.add(explanation.button(), explanation);
    }

    @Override
    public void show(PageView view) {
        explanation.show(view);
    }
}
