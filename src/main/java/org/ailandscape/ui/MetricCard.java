package org.ailandscape.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.ailandscape.report.model.Metric;
import org.ailandscape.report.model.Source;
import org.jsoup.nodes.Element;

/** A headline metric or KPI: the figure large, the label calm, an info button for its sources. */
class MetricCard extends Div implements Localized {

    private final Metric metric;
    private final HtmlFragment body = new HtmlFragment("metric-body");
    private final InfoButton info;

    MetricCard(Metric metric, List<Source> sources, String variant) {
        this.metric = metric;
        this.info = InfoButton.forMetric(metric, sources);
        addClassNames("card", "metric-card", variant);
        setId("metric-" + metric.id());
        add(body, info);
    }

    InfoButton info() {
        return info;
    }

    @Override
    public void localize(Reading reading) {
        Element root = Fragments.el("div");
        Fragments.bilingual(root, "p", metric.display(), reading, "metric-value");
        Fragments.bilingual(root, "p", metric.label(), reading, "metric-label");
        body.show(root);
        info.localize(reading);
    }
}
