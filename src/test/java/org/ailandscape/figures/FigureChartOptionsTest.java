package org.ailandscape.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.ailandscape.report.DataFolder;
import org.ailandscape.report.ReportLoader;
import org.ailandscape.report.model.Figure;
import org.ailandscape.report.model.Report;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The chart options built from the dataset: the numbers they carry and how they are labelled. */
class FigureChartOptionsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Report report = ReportLoader.load(DataFolder.bundled());

    private Figure figure(String id) {
        return report.figure(id).orElseThrow();
    }

    @Test
    void theProjectionBandGrowsTheStartFigureAtBothEndsOfTheRate() {
        List<FigureChartOptions.ProjectionYear> years =
                FigureChartOptions.projection(figure("market-size-2025"), figure("cagr-2033"), 2033);
        assertThat(years).hasSize(9);
        assertThat(years.getFirst().low()).isEqualTo(376e9);
        assertThat(years.getFirst().high()).isEqualTo(376e9);
        // 376 × 1.26⁸ ≈ 2,389 and 376 × 1.30⁸ ≈ 3,067 ($B): the report's $2.5T for 2033 lies inside the band.
        assertThat(years.getLast().low() / 1e9).isCloseTo(2389.0, within(1.0));
        assertThat(years.getLast().high() / 1e9).isCloseTo(3067.0, within(1.0));
        assertThat(figure("market-size-2033").amount()).isBetween(years.getLast().low(), years.getLast().high());
    }

    @Test
    void derivedDollarsReadAsBillionsOrTrillions() {
        assertThat(FigureChartOptions.dollars(376e9)).isEqualTo("$376B");
        assertThat(FigureChartOptions.dollars(2_389_400_000_000d)).isEqualTo("$2.39T");
        assertThat(FigureChartOptions.dollars(3e12)).isEqualTo("$3T");
    }

    @Test
    void barsCarryTheFiguresAmountsAndTheReportsDisplayTexts() {
        List<Figure> figures = List.of(figure("gemini-flash-price"), figure("deepseek-price"));
        Map<String, Object> option = FigureChartOptions.bars(figures, List.of("Gemini Flash", "DeepSeek"),
                List.of("$0.30/M tokens", "$0.14/M"), "Bar chart");
        JsonNode json = JSON.valueToTree(option).get("baseOption");
        assertThat(JSON.valueToTree(option).at("/media/0/query/maxWidth").asInt()).isEqualTo(480);
        assertThat(json.at("/series/0/type").asString()).isEqualTo("bar");
        assertThat(json.at("/series/0/data/0/value").asDouble()).isEqualTo(0.30);
        assertThat(json.at("/series/0/data/1/value").asDouble()).isEqualTo(0.14);
        assertThat(json.at("/series/0/data/1/label/formatter").asString()).isEqualTo("$0.14/M");
        assertThat(json.at("/yAxis/data/0").asString()).isEqualTo("Gemini Flash");
        assertThat(json.at("/aria/enabled").asBoolean()).isTrue();
    }

    @Test
    void dollarBarsAreDrawnInBillionsAndPercentBarsAsPercent() {
        assertThat(FigureChartOptions.barValue(figure("total-ai-spending-2026"))).isEqualTo(2000.0);
        assertThat(FigureChartOptions.barValue(figure("cagr-agents"))).isEqualTo(41.0);
        assertThat(FigureChartOptions.axisFormat(Figure.Unit.USD)).isEqualTo("${value}B");
        assertThat(FigureChartOptions.axisFormat(Figure.Unit.PERCENT)).isEqualTo("{value}%");
    }

    @Test
    void tooltipsEscapeMarkup() {
        Figure deepseek = figure("deepseek-price");
        Map<String, Object> option = FigureChartOptions.bars(List.of(deepseek), List.of("<img src=x onerror=alert(1)>"),
                List.of("{a}"), "d");
        JsonNode json = JSON.valueToTree(option).get("baseOption");
        assertThat(json.at("/series/0/data/0/tooltip/formatter").asString()).doesNotContain("<img").contains("&lt;img");
        assertThat(json.at("/series/0/data/0/label/formatter").asString()).isEqualTo("(a)");
    }

    @Test
    void theProjectionMarksTheReportsFiguresApartFromTheDerivedBand() {
        Figure start = figure("market-size-2025");
        Figure end = figure("market-size-2033");
        var years = FigureChartOptions.projection(start, figure("cagr-2033"), 2033);
        JsonNode json = JSON.valueToTree(FigureChartOptions.projection(years, start, "~$376B", end, "$2.5T by 2033",
                "At 26% a year (derived)", "At 30% a year (derived)", "The report's figures", "d"));
        JsonNode stated = json.at("/series/4/data");
        assertThat(stated.get(0).at("/value").asDouble()).isEqualTo(376.0);
        assertThat(stated.get(0).at("/label/formatter").asString()).isEqualTo("~$376B");
        assertThat(stated.get(4).isNull()).isTrue();
        assertThat(stated.get(8).at("/value").asDouble()).isEqualTo(2500.0);
        assertThat(json.at("/legend/data/0").asString()).contains("derived");
    }
}
