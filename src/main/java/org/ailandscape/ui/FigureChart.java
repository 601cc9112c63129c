package org.ailandscape.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ailandscape.chart.EChart;
import org.ailandscape.report.ReportService;
import org.ailandscape.report.model.Charts;
import org.ailandscape.report.model.Figure;
import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Report;
import org.jsoup.nodes.Element;

/**
 * One chart of the report's figures: title, the chart, how to read it, its sources, the same numbers
 * as a table (a disclosure), and a PNG download. Everything follows the page's language and theme.
 */
class FigureChart extends Div implements Localized {

    private final ReportService service;
    private final Charts.Chart spec;
    private final H3 title = new H3();
    private final EChart chart = new EChart();
    private final HtmlFragment notes = new HtmlFragment("chart-notes");
    private final HtmlFragment table = new HtmlFragment("chart-table");
    private final Details tableDetails = new Details();
    private final Button download = new Button();

    FigureChart(ReportService service, Charts.Chart spec) {
        this.service = service;
        this.spec = spec;
        addClassNames("card", "figure-chart");
        setId("chart-" + spec.id());
        title.addClassName("chart-title");
        chart.setId("chart-" + spec.id() + "-canvas");
        chart.setWidthFull();
        chart.setHeight(spec.type() == Charts.Type.PROJECTION ? "320px" : (60 + 44 * spec.figuresOrEmpty().size()) + "px");
        tableDetails.add(table);
        tableDetails.addClassName("chart-table-toggle");
        download.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        download.setId("chart-" + spec.id() + "-png");
        download.addClickListener(e -> chart.getElement().callJsFunction("downloadPng", spec.id() + ".png"));
        Div actions = new Div(tableDetails, download);
        actions.addClassName("chart-actions");
        add(title, chart, notes, actions);
    }

    EChart chart() {
        return chart;
    }

    HtmlFragment table() {
        return table;
    }

    Charts.Chart spec() {
        return spec;
    }

    @Override
    public void localize(Reading reading) {
        Report report = service.report();
        title.setText(reading.lead(spec.title()));
        title.getElement().setAttribute("lang", reading.lead().htmlLang());
        chart.setAccessibleName(reading.lead(spec.title()));
        tableDetails.setSummaryText(reading.t("chart.table"));
        download.setText(reading.t("chart.download"));
        download.setAriaLabel(reading.t("chart.downloadLabel", reading.lead(spec.title())));

        List<Figure> figures = figures(report);
        Element noteRoot = Fragments.el("div");
        if (spec.note() != null) Fragments.bilingual(noteRoot, "p", spec.note(), reading, "chart-note");
        noteRoot.appendChild(sourcesLine(figures, reading));
        notes.show(noteRoot);

        switch (spec.type()) {
            case BARS -> localizeBars(figures, reading);
            case PROJECTION -> localizeProjection(report, reading);
        }
    }

    private List<Figure> figures(Report report) {
        List<String> ids = new ArrayList<>(spec.figuresOrEmpty());
        if (spec.type() == Charts.Type.PROJECTION) ids.addAll(List.of(spec.start(), spec.end(), spec.rate()));
        return ids.stream().flatMap(id -> report.figure(id).stream()).toList();
    }

    private void localizeBars(List<Figure> figures, Reading reading) {
        List<String> labels = figures.stream().map(f -> label(f, reading.lead())).toList();
        List<String> displays = figures.stream().map(f -> f.display().in(reading.lead())).toList();
        String description = reading.t("chart.barsDescription", reading.lead(spec.title()),
                java.util.stream.IntStream.range(0, figures.size()).mapToObj(i -> labels.get(i) + ": " + displays.get(i))
                        .collect(Collectors.joining("; ")));
        chart.setOption(FigureChartOptions.bars(figures, labels, displays, description));

        Element tableRoot = Fragments.el("table");
        tableRoot.appendChild(Fragments.el("caption").text(reading.lead(spec.title())));
        Element head = Fragments.el("tr");
        for (String key : List.of("chart.column.figure", "chart.column.value", "chart.column.period", "chart.column.sources")) {
            head.appendChild(Fragments.chrome("th", reading.t(key), reading).attr("scope", "col"));
        }
        tableRoot.appendChild(Fragments.el("thead").appendChild(head));
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
            row.appendChild(Fragments.el("td").text(sourceNames(figure.sources(), reading)));
            body.appendChild(row);
        }
        table.show(Fragments.el("div").appendChild(Fragments.el("div", "table-wrap").appendChild(tableRoot.appendChild(body))));
    }

    private void localizeProjection(Report report, Reading reading) {
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
        chart.setOption(FigureChartOptions.projection(years, start, startDisplay, end, endDisplay, lowName, highName, reportName, description));

        Element tableRoot = Fragments.el("table");
        tableRoot.appendChild(Fragments.el("caption").text(reading.lead(spec.title())));
        Element head = Fragments.el("tr");
        head.appendChild(Fragments.chrome("th", reading.t("chart.column.year"), reading).attr("scope", "col"));
        head.appendChild(Fragments.chrome("th", lowName, reading).attr("scope", "col"));
        head.appendChild(Fragments.chrome("th", highName, reading).attr("scope", "col"));
        head.appendChild(Fragments.chrome("th", reportName, reading).attr("scope", "col"));
        tableRoot.appendChild(Fragments.el("thead").appendChild(head));
        Element body = Fragments.el("tbody");
        for (FigureChartOptions.ProjectionYear year : years) {
            Element row = Fragments.el("tr");
            row.appendChild(Fragments.el("th").attr("scope", "row").text(Integer.toString(year.year())));
            row.appendChild(Fragments.el("td", "derived").text(FigureChartOptions.dollars(year.low())));
            row.appendChild(Fragments.el("td", "derived").text(FigureChartOptions.dollars(year.high())));
            Element stated = Fragments.el("td");
            if (Integer.toString(year.year()).equals(start.period())) Fragments.bilingual(stated, "span", start.display(), reading, "figure-display");
            if (year.year() == endYear) Fragments.bilingual(stated, "span", end.display(), reading, "figure-display");
            row.appendChild(stated);
            body.appendChild(row);
        }
        table.show(Fragments.el("div").appendChild(Fragments.el("div", "table-wrap").appendChild(tableRoot.appendChild(body))));
    }

    private static String format(double percent) {
        return percent == Math.rint(percent) ? Long.toString((long) percent) : Double.toString(percent);
    }

    private static String label(Figure figure, Language language) {
        return figure.label() != null ? figure.label().in(language) : figure.display().in(language);
    }

    private Element sourcesLine(List<Figure> figures, Reading reading) {
        Set<String> ids = new LinkedHashSet<>();
        figures.forEach(f -> ids.addAll(f.sources()));
        Element line = Fragments.el("p", "chart-sources");
        line.appendChild(Fragments.chrome("span", reading.t("info.sources") + ": ", reading, "label"));
        line.appendText(sourceNames(List.copyOf(ids), reading));
        return line;
    }

    private String sourceNames(List<String> ids, Reading reading) {
        return service.sources(ids).stream().map(s -> SourceText.plain(s, reading)).distinct().collect(Collectors.joining("; "));
    }
}
