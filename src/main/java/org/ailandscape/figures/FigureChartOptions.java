package org.ailandscape.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ailandscape.report.model.Figure;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/**
 * ECharts options for the figure charts: bars of figures in one unit, and the projection band that
 * the report's start figure, end figure and growth range imply. Labels are the report's display texts;
 * tooltip strings are HTML-escaped (ECharts renders tooltips as HTML).
 */
final class FigureChartOptions {

    private static final String BAR_COLOUR = "#3b6fd8";
    private static final String BAND_COLOUR = "#7c4ddb";
    private static final String POINT_COLOUR = "#c2417f";

    private FigureChartOptions() {}

    /** One year of the projection: the low and high ends grown from the start figure (derived numbers). */
    record ProjectionYear(int year, double low, double high) {}

    /** Grows {@code start} by the low and high rates each year, from its year to {@code endYear}. */
    static List<ProjectionYear> projection(Figure start, Figure rate, int endYear) {
        int startYear = Integer.parseInt(start.period());
        double lowRate = rate.low() / 100;
        double highRate = rate.high() / 100;
        List<ProjectionYear> years = new ArrayList<>();
        for (int year = startYear; year <= endYear; year++) {
            int n = year - startYear;
            years.add(new ProjectionYear(year, start.amount() * Math.pow(1 + lowRate, n), start.amount() * Math.pow(1 + highRate, n)));
        }
        return years;
    }

    /** A dollar amount as $…B or $…T, for derived numbers (the report's own figures keep their text). */
    static String dollars(double amount) {
        if (amount >= 1e12) return "$" + BigDecimal.valueOf(amount / 1e12).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "T";
        return "$" + BigDecimal.valueOf(amount / 1e9).setScale(0, RoundingMode.HALF_UP).toPlainString() + "B";
    }

    /** The number drawn for a figure in a bar chart, in the axis unit. */
    static double barValue(Figure figure) {
        return switch (figure.unit()) {
            case USD -> figure.amount() / 1e9;
            default -> figure.amount();
        };
    }

    static String axisFormat(Figure.Unit unit) {
        return switch (unit) {
            case USD -> "${value}B";
            case PERCENT -> "{value}%";
            case USD_PER_M_TOKENS -> "${value}";
            default -> "{value}";
        };
    }

    static Map<String, Object> bars(List<Figure> figures, List<String> labels, List<String> displays, String description) {
        Figure.Unit unit = figures.getFirst().unit();
        List<Map<String, Object>> data = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("value", barValue(figures.get(i)));
            item.put("key", figures.get(i).id());
            item.put("label", Map.of("show", true, "position", "right", "fontWeight", "bold", "formatter", template(displays.get(i))));
            item.put("tooltip", Map.of("formatter", "<b>" + esc(labels.get(i)) + "</b><br/>" + esc(displays.get(i))));
            data.add(item);
        }
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("type", "bar");
        series.put("data", data);
        series.put("barMaxWidth", 26);
        series.put("itemStyle", Map.of("color", BAR_COLOUR, "borderRadius", List.of(0, 4, 4, 0)));

        Map<String, Object> option = new LinkedHashMap<>();
        option.put("aria", Map.of("enabled", true, "label", Map.of("description", description)));
        option.put("tooltip", Map.of("trigger", "item", "confine", true));
        option.put("grid", Map.of("left", 8, "right", 96, "top", 8, "bottom", 4, "containLabel", true));
        // Each bar carries its value as the report writes it, so the value axis needs no tick labels.
        option.put("xAxis", Map.of("type", "value", "axisLabel", Map.of("show", false, "formatter", axisFormat(unit)),
                "splitLine", Map.of("lineStyle", Map.of("opacity", 0.4))));
        option.put("yAxis", Map.of("type", "category", "inverse", true, "data", labels.stream().map(FigureChartOptions::template).toList(),
                "axisTick", Map.of("show", false),
                "axisLabel", Map.of("width", 170, "overflow", "break", "lineHeight", 15)));
        option.put("series", List.of(series));
        // On a phone the labels take less room so that the bars keep theirs.
        Map<String, Object> narrow = Map.of("yAxis", Map.of("axisLabel", Map.of("width", 96, "fontSize", 11)),
                "grid", Map.of("right", 84));
        return Map.of("baseOption", option, "media", List.of(Map.of("query", Map.of("maxWidth", 480), "option", narrow)));
    }

    static Map<String, Object> projection(List<ProjectionYear> years, Figure start, String startDisplay, Figure end, String endDisplay,
            String lowName, String highName, String reportName, String description) {
        List<String> categories = years.stream().map(y -> Integer.toString(y.year())).toList();
        List<Map<String, Object>> lows = new ArrayList<>();
        List<Map<String, Object>> spans = new ArrayList<>();
        List<Map<String, Object>> highs = new ArrayList<>();
        List<Object> stated = new ArrayList<>();
        int endYear = Integer.parseInt(end.period());
        for (ProjectionYear y : years) {
            lows.add(point(y.low() / 1e9, y.year() + " · " + lowName + ": " + dollars(y.low())));
            highs.add(point(y.high() / 1e9, y.year() + " · " + highName + ": " + dollars(y.high())));
            spans.add(Map.of("value", (y.high() - y.low()) / 1e9));
            if (y.year() == Integer.parseInt(start.period())) stated.add(statedPoint(start.amount() / 1e9, startDisplay, reportName, "top"));
            else if (y.year() == endYear) stated.add(statedPoint(end.amount() / 1e9, endDisplay, reportName, "left"));
            else stated.add(null);
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("aria", Map.of("enabled", true, "label", Map.of("description", description)));
        option.put("tooltip", Map.of("trigger", "item", "confine", true));
        option.put("legend", Map.of("bottom", 0, "data", List.of(template(lowName), template(highName), template(reportName))));
        option.put("grid", Map.of("left", 8, "right", 24, "top", 24, "bottom", 36, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "boundaryGap", false, "data", categories));
        option.put("yAxis", Map.of("type", "value", "axisLabel", Map.of("formatter", "${value}B"), "splitLine", Map.of("lineStyle", Map.of("opacity", 0.4))));
        option.put("series", List.of(
                line("band-base", lows, Map.of("opacity", 0), Map.of("opacity", 0), "band", false),
                line("band", spans, Map.of("opacity", 0), Map.of("color", BAND_COLOUR, "opacity", 0.18), "band", false),
                line(template(lowName), lows, Map.of("color", BAND_COLOUR, "type", "dashed", "width", 1.5), null, null, true),
                line(template(highName), highs, Map.of("color", BAND_COLOUR, "width", 1.5), null, null, true),
                Map.of("name", template(reportName), "type", "line", "data", stated, "connectNulls", false, "symbol", "circle", "symbolSize", 11,
                        "lineStyle", Map.of("width", 0), "itemStyle", Map.of("color", POINT_COLOUR), "z", 5)));
        return option;
    }

    private static Map<String, Object> point(double value, String tooltip) {
        return Map.of("value", value, "tooltip", Map.of("formatter", esc(tooltip)));
    }

    private static Map<String, Object> statedPoint(double value, String display, String reportName, String labelPosition) {
        return Map.of("value", value,
                "label", Map.of("show", true, "position", labelPosition, "fontWeight", "bold", "formatter", template(display)),
                "tooltip", Map.of("formatter", "<b>" + esc(reportName) + "</b><br/>" + esc(display)));
    }

    private static Map<String, Object> line(String name, List<Map<String, Object>> data, Map<String, Object> lineStyle,
            @Nullable Map<String, Object> areaStyle, @Nullable String stack, boolean symbols) {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("name", name);
        series.put("type", "line");
        series.put("data", data);
        series.put("lineStyle", lineStyle);
        series.put("symbol", symbols ? "circle" : "none");
        series.put("symbolSize", 5);
        series.put("itemStyle", Map.of("color", BAND_COLOUR));
        if (areaStyle != null) series.put("areaStyle", areaStyle);
        if (stack != null) {
            series.put("stack", stack);
            series.put("silent", true);
            series.put("tooltip", Map.of("show", false));
        }
        return series;
    }

    /** Text shown through an ECharts formatter: braces would be read as template variables. */
    private static String template(String text) {
        return text.replace("{", "(").replace("}", ")");
    }

    private static String esc(String text) {
        return Entities.escape(text).replace("{", "&#123;").replace("}", "&#125;");
    }
}
