package org.ailandscape.page;

import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import org.ailandscape.reading.PageView;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Text;
import org.jspecify.annotations.Nullable;

/** The KPI cards, and the charts of their figures. */
final class KpiSection extends SectionFrame {

    private final List<MetricCard> cards = new ArrayList<>();

    KpiSection(PageView view, ViewChanges changes) {
        super(Section.KPIS, view);
        UnorderedList list = new UnorderedList();
        list.addClassNames("card-grid", "metrics", "kpis");
        view.report().kpis().kpis().forEach(m -> {
            MetricCard card = new MetricCard(m, "kpi", view, changes);
            cards.add(card);
            list.add(card);
        });
        getContent().add(list);
        Block charts = ChartFigure.gridOf(Section.KPIS, view);
        if (charts != null) getContent().add(charts);
    }

    @Override
    @Nullable Text heading(PageView view) {
        return null;
    }

    @Override
    public void show(PageView view) {
        super.show(view);
        cards.forEach(c -> c.show(view));
    }
}
