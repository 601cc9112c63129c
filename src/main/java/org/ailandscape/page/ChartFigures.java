package org.ailandscape.page;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ailandscape.chart.ChartElement;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Charts;
import org.ailandscape.report.model.Figure;
import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Report;
import org.jsoup.nodes.Element;

/**
 * The charts of the report's figures (charts.json): title, the chart, how to read it, its sources, the
 * same numbers as a table, and a PNG download. The chart's ECharts option is served at
 * {@link #src its own URL}, so the page carries only the table and the chart draws when it is near.
 */
public final class ChartFigures {

    /** The id of the value chain's Sankey among the charts. */
    public static final String VALUE_CHAIN = "value-chain";

    private ChartFigures() {}

    static void appendTo(Element section, Section which, PageView view) {
        List<Charts.Chart> charts = view.report().charts().charts().stream().filter(c -> c.section().equals(which.id())).toList();
        if (charts.isEmpty()) return;
        Element grid = Fragments.el("div", "chart-grid");
        charts.forEach(c -> grid.appendChild(figure(c, view)));
        section.appendChild(grid);
    }

    /** Where the chart's option is served: the dataset version, the reading and (for the Sankey) the selection in the query. */
    public static String src(String chartId, PageView view) {
        Reading reading = view.reading();
        StringBuilder src = new StringBuilder("api/charts/").append(chartId).append("/option?v=").append(view.snapshot().version())
                .append("&lang=").append(reading.mode().key());
        if (reading.both()) src.append("&hl=").append(reading.chrome().key());
        if (chartId.equals(VALUE_CHAIN) && view.state().node() != null) src.append("&node=").append(view.state().node());
        return src.toString();
    }

    /** The ECharts option of a chart in a view, if the report has that chart. */
    public static Optional<Map<String, Object>> option(String chartId, PageView view) {
        if (chartId.equals(VALUE_CHAIN)) return Optional.of(ValueChainChart.option(view));
        return view.report().charts().charts().stream().filter(c -> c.id().equals(chartId)).findFirst()
                .map(spec -> spec.type() == Charts.Type.PROJECTION ? projection(spec, view).option() : bars(spec, view).option());
    }

    /**
     * The chart's numbers as the page's table shows them (the figure charts' tables, the Sankey's links),
     * if the report has that chart: one source for the page's table and the chart's CSV.
     */
    public static Optional<Element> table(String chartId, PageView view) {
        if (chartId.equals(VALUE_CHAIN)) return Optional.of(ValueChainSection.linksTable(view.report(), view.reading()).selectFirst("table"));
        return view.report().charts().charts().stream().filter(c -> c.id().equals(chartId)).findFirst()
                .map(spec -> spec.type() == Charts.Type.PROJECTION ? projection(spec, view).table() : bars(spec, view).table());
    }

    /** The ids of every chart on the page: the value chain's Sankey, then the figure charts. */
    public static List<String> ids(Report report) {
        List<String> ids = new ArrayList<>(List.of(VALUE_CHAIN));
        report.charts().charts().forEach(c -> ids.add(c.id()));
        return ids;
    }

    static Element pngButton(String id, String chartElementId, String fileName, String chartName, Reading reading) {
        return Fragments.chrome("button", reading.t("chart.download"), reading, "chart-png").attr("type", "button").attr("id", id)
                .attr("data-png", chartElementId).attr("data-file", fileName)
                .attr("aria-label", reading.t("chart.downloadLabel", chartName));
    }

    /** A chart as the page shows it (title, chart, notes and sources, table, actions), for an embed; the value chain's Sankey too. */
    public static Optional<Element> figure(String chartId, PageView view) {
        if (chartId.equals(VALUE_CHAIN)) return Optional.of(ValueChainSection.chartFigure(view));
        return view.report().charts().charts().stream().filter(c -> c.id().equals(chartId)).findFirst().map(spec -> figure(spec, view));
    }

    private static Element figure(Charts.Chart spec, PageView view) {
        Reading reading = view.reading();
        Report report = view.report();
        String title = reading.lead(spec.title());
        Element figure = Fragments.el("figure", "card", "figure-chart").attr("id", "chart-" + spec.id());
        figure.appendChild(Fragments.el("h3", "chart-title").text(title));
        int height = spec.type() == Charts.Type.PROJECTION ? 320 : 60 + 44 * spec.figuresOrEmpty().size();
        figure.appendChild(ChartElement.of("chart-" + spec.id() + "-canvas", src(spec.id(), view), height, title, reading.lead().htmlLang())
                .addClass("figure-canvas"));

        List<Figure> figures = figures(spec, report);
        Element notes = Fragments.el("div", "chart-notes");
        if (spec.note() != null) Fragments.bilingual(notes, "p", spec.note(), reading, "chart-note");
        notes.appendChild(sourcesLine(figures, view));
        figure.appendChild(notes);

        Element table = spec.type() == Charts.Type.PROJECTION ? projection(spec, view).table() : bars(spec, view).table();
        Element details = Fragments.el("details", "chart-table-toggle");
        details.appendChild(Fragments.chrome("summary", reading.t("chart.table"), reading));
        details.appendChild(Fragments.el("div", "chart-table").appendChild(Fragments.el("div", "table-wrap").appendChild(table)));
        Element actions = Fragments.el("div", "chart-actions").appendChild(details)
                .appendChild(pngButton("chart-" + spec.id() + "-png", "chart-" + spec.id() + "-canvas", spec.id() + ".png", title, reading))
                .appendChild(ShareMenu.forChart(spec.id(), "chart-" + spec.id() + "-canvas", title, view));
        return figure.appendChild(actions);
    }

    private record Drawn(Map<String, Object> option, Element table) {}

    private static List<Figure> figures(Charts.Chart spec, Report report) {
        List<String> ids = new ArrayList<>(spec.figuresOrEmpty());
        if (spec.type() == Charts.Type.PROJECTION) ids.addAll(List.of(spec.start(), spec.end(), spec.rate()));
        return ids.stream().flatMap(id -> report.figure(id).stream()).toList();
    }

    private static Drawn bars(Charts.Chart spec, PageView view) {
        Reading reading = view.reading();
        List<Figure> figures = figures(spec, view.report());
        List<String> labels = figures.stream().map(f -> label(f, reading.lead())).toList();
        List<String> displays = figures.stream().map(f -> f.display().in(reading.lead())).toList();
        String description = reading.t("chart.barsDescription", reading.lead(spec.title()),
                IntStream.range(0, figures.size()).mapToObj(i -> labels.get(i) + ": " + displays.get(i)).collect(Collectors.joining("; ")));
        Map<String, Object> option = FigureChartOptions.bars(figures, labels, displays, description);

        Element table = Fragments.el("table");
        table.appendChild(Fragments.el("caption").text(reading.lead(spec.title())));
        Element head = Fragments.el("tr");
        for (String key : List.of("chart.column.figure", "chart.column.value", "chart.column.period", "chart.column.sources")) {
            head.appendChild(Fragments.chrome("th", reading.t(key), reading).attr("scope", "col"));
        }
        table.appendChild(Fragments.el("thead").appendChild(head));
        Element body = Fragments.el("tbody");
        for (Figure figure : figures) {
            Element row = Fragments.el("tr").attr("data-figure", figure.id());
            Element name = Fragments.el("th").attr("scope", "row");
            Fragments.bilingual(name, "span", figure.label() == null ? figure.display() : figure.label(), reading);
            row.appendChild(name);
            Element value = Fragments.el("td");
            Fragments.bilingual(value, "span", figure.display(), reading, "figure-display");
            row.appendChild(value);
            row.appendChild(Fragments.el("td").text(figure.period() == null ? "" : figure.period()));
            row.appendChild(Fragments.el("td").text(sourceNames(figure.sources(), view)));
            body.appendChild(row);
        }
        return new Drawn(option, table.appendChild(body));
    }

    private static Drawn projection(Charts.Chart spec, PageView view) {
        Reading reading = view.reading();
        Report report = view.report();
        Figure start = report.figure(spec.start()).orElseThrow();
        Figure end = report.figure(spec.end()).orElseThrow();
        Figure rate = report.figure(spec.rate()).orElseThrow();
        int endYear = Integer.parseInt(end.period());
        List<FigureChartOptions.ProjectionYear> years = FigureChartOptions.projection(start, rate, endYear);
        String lowName = reading.t("chart.projection.low", format(rate.low()));
        String highName = reading.t("chart.projection.high", format(rate.high()));
        String reportName = reading.t("chart.projection.stated");
        String startDisplay = start.display().in(reading.lead());
        String endDisplay = end.display().in(reading.lead());
        String description = reading.t("chart.projectionDescription", reading.lead(spec.title()), startDisplay, endDisplay,
                rate.display().in(reading.lead()), FigureChartOptions.dollars(years.getLast().low()), FigureChartOptions.dollars(years.getLast().high()));
        Map<String, Object> option = FigureChartOptions.projection(years, start, startDisplay, end, endDisplay, lowName, highName, reportName, description);

        Element table = Fragments.el("table");
        table.appendChild(Fragments.el("caption").text(reading.lead(spec.title())));
        Element head = Fragments.el("tr");
        head.appendChild(Fragments.chrome("th", reading.t("chart.column.year"), reading).attr("scope", "col"));
        head.appendChild(Fragments.chrome("th", lowName, reading).attr("scope", "col"));
        head.appendChild(Fragments.chrome("th", highName, reading).attr("scope", "col"));
        head.appendChild(Fragments.chrome("th", reportName, reading).attr("scope", "col"));
        table.appendChild(Fragments.el("thead").appendChild(head));
        Element body = Fragments.el("tbody");
        for (FigureChartOptions.ProjectionYear year : years) {
            Element row = Fragments.el("tr");
            row.appendChild(Fragments.el("th").attr("scope", "row").text(Integer.toString(year.year())));
            // Derived amounts are written the English way ($2.39T) in every language.
            row.appendChild(Fragments.el("td", "derived").attr("lang", "en").text(FigureChartOptions.dollars(year.low())));
            row.appendChild(Fragments.el("td", "derived").attr("lang", "en").text(FigureChartOptions.dollars(year.high())));
            Element stated = Fragments.el("td");
            if (Integer.toString(year.year()).equals(start.period())) Fragments.bilingual(stated, "span", start.display(), reading, "figure-display");
            if (year.year() == endYear) Fragments.bilingual(stated, "span", end.display(), reading, "figure-display");
            row.appendChild(stated);
            body.appendChild(row);
        }
        return new Drawn(option, table.appendChild(body));
    }

    private static String format(double percent) {
        return percent == Math.rint(percent) ? Long.toString((long) percent) : Double.toString(percent);
    }

    private static String label(Figure figure, Language language) {
        return figure.label() != null ? figure.label().in(language) : figure.display().in(language);
    }

    private static Element sourcesLine(List<Figure> figures, PageView view) {
        Reading reading = view.reading();
        Set<String> ids = new LinkedHashSet<>();
        figures.forEach(f -> ids.addAll(f.sources()));
        Element line = Fragments.el("p", "chart-sources");
        line.appendChild(Fragments.chrome("span", reading.t("info.sources") + ": ", reading, "label"));
        line.appendChild(Fragments.el("span").text(sourceNames(List.copyOf(ids), view)));
        return line;
    }

    private static String sourceNames(List<String> ids, PageView view) {
        return view.snapshot().sources(ids).stream().map(s -> SourceText.plain(s, view.reading())).distinct().collect(Collectors.joining("; "));
    }
}
