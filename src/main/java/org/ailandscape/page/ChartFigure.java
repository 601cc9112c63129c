package org.ailandscape.page;

import com.vaadin.flow.dom.Element;
import java.util.List;
import org.ailandscape.chart.EChart;
import org.ailandscape.figures.ChartFigures;
import org.ailandscape.reading.PageView;
import org.ailandscape.reading.Reading;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Charts;
import org.jspecify.annotations.Nullable;

/**
 * A chart of the report's figures as the page shows it: its title, the chart ({@link EChart}, which draws
 * when it comes near), how to read it and its sources, the same numbers as a table, a PNG and the Share
 * menu. Nothing in it changes with the view, so each is part of one {@link Block}.
 */
final class ChartFigure {

    private ChartFigure() {}

    /** The figure charts of a section, side by side, or null if it has none. */
    static @Nullable Block gridOf(Section section, PageView view) {
        List<Charts.Chart> charts = ChartFigures.of(section, view.report());
        if (charts.isEmpty()) return null;
        return Block.cached(view.key() + "|charts|" + section.id(), () -> {
            Element grid = Markup.el("div", "chart-grid");
            charts.forEach(c -> grid.appendChild(figure(c, view)));
            return grid;
        });
    }

    /** One chart as the page shows it (an embed shows it alone). */
    static Element figure(Charts.Chart spec, PageView view) {
        Reading reading = view.reading();
        String title = reading.lead(spec.title());
        String canvas = "chart-" + spec.id() + "-canvas";
        Element figure = Markup.el("figure", "card", "figure-chart").setAttribute("id", "chart-" + spec.id());
        figure.appendChild(Markup.text("h3", title, "chart-title"));
        EChart chart = new EChart(canvas, ChartFigures.src(spec.id(), view), ChartFigures.height(spec), title, reading.lead().htmlLang());
        chart.addClassName("figure-canvas");
        figure.appendChild(chart.getElement());
        Element notes = Markup.el("div", "chart-notes");
        if (spec.note() != null) Markup.bilingual(notes, "p", spec.note(), reading, "chart-note");
        Element sources = Markup.el("p", "chart-sources");
        sources.appendChild(Markup.text("span", reading.t("info.sources") + ": ", "label"), Markup.text("span", ChartFigures.sourcesLine(spec, view)));
        notes.appendChild(sources);
        figure.appendChild(notes);
        figure.appendChild(actions(spec.id(), canvas, title, reading.t("chart.table"), Tables.of(ChartFigures.table(spec, view)), view));
        return figure;
    }

    /** Below a chart: its numbers as a table (a disclosure), a PNG of it, and its Share menu. */
    static Element actions(String chartId, String canvasId, String title, String tableLabel, Element table, PageView view) {
        Reading reading = view.reading();
        Element details = Markup.el("details", "chart-table-toggle");
        details.appendChild(Markup.text("summary", tableLabel));
        details.appendChild(Markup.el("div", "chart-table").appendChild(Markup.el("div", "table-wrap").appendChild(table)));
        Element png = Markup.text("button", reading.t("chart.download"), "chart-png").setAttribute("type", "button")
                .setAttribute("id", "chart-" + chartId + "-png").setAttribute("data-png", canvasId).setAttribute("data-file", chartId + ".png")
                .setAttribute("aria-label", reading.t("chart.downloadLabel", title));
        return Markup.el("div", "chart-actions").appendChild(details, png, ShareMenu.forChart(chartId, canvasId, title, view));
    }

    /** A chart on its own with its title, for an embed: the value chain's Sankey or a figure chart, if the report has it. */
    static java.util.Optional<Element> alone(String chartId, PageView view) {
        if (!chartId.equals(ChartFigures.VALUE_CHAIN)) return ChartFigures.chart(chartId, view.report()).map(spec -> figure(spec, view));
        Element figure = Markup.el("figure", "card", "figure-chart", "value-chain-figure").setAttribute("id", "chart-value-chain");
        figure.appendChild(Markup.text("h3", view.reading().lead(view.report().valueChain().heading()), "chart-title"));
        Element scroller = Markup.el("div", "chart-scroller").setAttribute("tabindex", "0").setAttribute("role", "region")
                .setAttribute("aria-label", view.reading().t("valueChain.chartName"));
        scroller.appendChild(ValueChainSection.sankey(view).getElement());
        return java.util.Optional.of(figure.appendChild(scroller, ValueChainSection.notes(view)));
    }
}
