package org.ailandscape.figures;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ailandscape.figures.ChartTable.Cell;
import org.ailandscape.figures.ChartTable.Piece;
import org.ailandscape.figures.ChartTable.Row;
import org.ailandscape.reading.PageView;
import org.ailandscape.reading.Reading;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Charts;
import org.ailandscape.report.model.Figure;
import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Report;
import org.ailandscape.report.model.ValueChain;

/**
 * The charts of the report's figures (charts.json) and the value chain's Sankey: each chart's ECharts
 * option, served at {@link #src its own URL} so that the page carries only the chart's table, and the
 * same numbers as a {@link ChartTable}, which the page shows and the chart's CSV holds.
 */
public final class ChartFigures {

    /** The id of the value chain's Sankey among the charts. */
    public static final String VALUE_CHAIN = "value-chain";

    private ChartFigures() {}

    /** The figure charts of a section, in charts.json's order. */
    public static List<Charts.Chart> of(Section section, Report report) {
        return report.charts().charts().stream().filter(c -> c.section().equals(section.id())).toList();
    }

    /** Where the chart's option is served: the dataset version and the reading in the query (the address never changes its answer). */
    public static String src(String chartId, PageView view) {
        Reading reading = view.reading();
        StringBuilder src = new StringBuilder("api/charts/").append(chartId).append("/option?v=").append(view.snapshot().version())
                .append("&lang=").append(reading.mode().key());
        if (reading.both()) src.append("&hl=").append(reading.chrome().key());
        return src.toString();
    }

    /** The chart's height on the page, in CSS pixels (the page keeps its layout before and after it draws). */
    public static int height(Charts.Chart spec) {
        return spec.type() == Charts.Type.PROJECTION ? 320 : 60 + 44 * spec.figuresOrEmpty().size();
    }

    /** The ECharts option of a chart in a view, if the report has that chart. */
    public static Optional<Map<String, Object>> option(String chartId, PageView view) {
        if (chartId.equals(VALUE_CHAIN)) return Optional.of(ValueChainChart.option(view));
        return chart(chartId, view.report()).map(spec -> spec.type() == Charts.Type.PROJECTION ? projection(spec, view).option() : bars(spec, view).option());
    }

    /**
     * The chart's numbers as the page's table shows them (the figure charts' tables, the Sankey's links),
     * if the report has that chart: one source for the page's table and the chart's CSV.
     */
    public static Optional<ChartTable> table(String chartId, PageView view) {
        if (chartId.equals(VALUE_CHAIN)) return Optional.of(linksTable(view));
        return chart(chartId, view.report()).map(spec -> table(spec, view));
    }

    public static ChartTable table(Charts.Chart spec, PageView view) {
        return spec.type() == Charts.Type.PROJECTION ? projection(spec, view).table() : bars(spec, view).table();
    }

    public static Optional<Charts.Chart> chart(String chartId, Report report) {
        return report.charts().charts().stream().filter(c -> c.id().equals(chartId)).findFirst();
    }

    /** The ids of every chart on the page: the value chain's Sankey, then the figure charts. */
    public static List<String> ids(Report report) {
        List<String> ids = new ArrayList<>(List.of(VALUE_CHAIN));
        report.charts().charts().forEach(c -> ids.add(c.id()));
        return ids;
    }

    /** The sources of a chart's figures as one line ("IDC · …; Gartner · …"). */
    public static String sourcesLine(Charts.Chart spec, PageView view) {
        Set<String> ids = new LinkedHashSet<>();
        figures(spec, view.report()).forEach(f -> ids.addAll(f.sources()));
        return sourceNames(List.copyOf(ids), view);
    }

    /** The Sankey's links: from, to, and why the link is there (the report's words, or the order of the tiers). */
    private static ChartTable linksTable(PageView view) {
        Reading reading = view.reading();
        Report report = view.report();
        List<Row> rows = new ArrayList<>();
        for (ValueChain.Link link : report.valueChain().links()) {
            Cell from = new Cell(ChartTable.bilingual(report.segment(link.from()).orElseThrow().name(), reading, ""), "");
            Cell to = new Cell(ChartTable.bilingual(report.segment(link.to()).orElseThrow().name(), reading, ""), "");
            List<Piece> basis = new ArrayList<>();
            if (link.basis().kind() == ValueChain.BasisKind.REPORT && link.basis().quote() != null) {
                basis.add(Piece.plain(reading.t("valueChain.basisReport") + " "));
                ChartTable.bilingual(link.basis().quote(), reading, "").forEach(p -> basis.add(new Piece(p.text(), p.lang(), p.alt(), true, "")));
            } else {
                basis.add(Piece.plain(reading.t("valueChain.basisTierOrder")));
            }
            rows.add(new Row(List.of(from, to, new Cell(basis, ""))));
        }
        return new ChartTable(reading.t("valueChain.chartName"),
                List.of(reading.t("valueChain.column.from"), reading.t("valueChain.column.to"), reading.t("valueChain.column.basis")), rows);
    }

    private record Drawn(Map<String, Object> option, ChartTable table) {}

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

        List<Row> rows = new ArrayList<>();
        for (Figure figure : figures) {
            rows.add(new Row(List.of(
                    new Cell(ChartTable.bilingual(figure.label() == null ? figure.display() : figure.label(), reading, ""), ""),
                    new Cell(ChartTable.bilingual(figure.display(), reading, "figure-display"), ""),
                    Cell.of(Piece.plain(figure.period() == null ? "" : figure.period())),
                    Cell.of(Piece.plain(sourceNames(figure.sources(), view))))));
        }
        List<String> header = List.of(reading.t("chart.column.figure"), reading.t("chart.column.value"), reading.t("chart.column.period"),
                reading.t("chart.column.sources"));
        return new Drawn(option, new ChartTable(reading.lead(spec.title()), header, rows));
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

        List<Row> rows = new ArrayList<>();
        for (FigureChartOptions.ProjectionYear year : years) {
            List<Piece> stated = new ArrayList<>();
            if (Integer.toString(year.year()).equals(start.period())) stated.addAll(ChartTable.bilingual(start.display(), reading, "figure-display"));
            if (year.year() == endYear) stated.addAll(ChartTable.bilingual(end.display(), reading, "figure-display"));
            // Derived amounts are written the English way ($2.39T) in every language.
            rows.add(new Row(List.of(
                    Cell.of(Piece.plain(Integer.toString(year.year()))),
                    new Cell(List.of(new Piece(FigureChartOptions.dollars(year.low()), Language.EN, false, false, "")), "derived"),
                    new Cell(List.of(new Piece(FigureChartOptions.dollars(year.high()), Language.EN, false, false, "")), "derived"),
                    new Cell(stated, ""))));
        }
        List<String> header = List.of(reading.t("chart.column.year"), lowName, highName, reportName);
        return new Drawn(option, new ChartTable(reading.lead(spec.title()), header, rows));
    }

    private static String format(double percent) {
        return percent == Math.rint(percent) ? Long.toString((long) percent) : Double.toString(percent);
    }

    private static String label(Figure figure, Language language) {
        return figure.label() != null ? figure.label().in(language) : figure.display().in(language);
    }

    private static String sourceNames(List<String> ids, PageView view) {
        return view.snapshot().sources(ids).stream().map(s -> SourceNames.plain(s, view.reading())).distinct().collect(Collectors.joining("; "));
    }
}
