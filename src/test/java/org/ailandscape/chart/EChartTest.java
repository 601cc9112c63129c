package org.ailandscape.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Java side of the chart: options become JSON properties, never script. */
class EChartTest {

    record Series(String type, List<Integer> data) {}

    @Test
    void anOptionFromRecordsAndMapsBecomesAJsonProperty() {
        EChart chart = new EChart();
        chart.setOption(Map.of("series", List.of(new Series("bar", List.of(3, 1, 2)))));

        assertThat(chart.getOption().at("/series/0/type").asString()).isEqualTo("bar");
        assertThat(chart.getOption().at("/series/0/data/2").asInt()).isEqualTo(2);
        assertThat(chart.getElement().getPropertyRaw("option")).isNotNull();
    }

    @Test
    void markupInAnOptionStaysAString() {
        EChart chart = new EChart();
        chart.setOption(Map.of("title", Map.of("text", "</script><img src=x onerror=alert(1)>")));
        assertThat(chart.getOption().at("/title/text").isString()).isTrue();
        assertThat(chart.getOption().at("/title/text").asString()).startsWith("</script>");
    }

    @Test
    void anAccessibleNameMakesItAnImageWithALabel() {
        EChart chart = new EChart();
        chart.setAccessibleName("Value chain");
        assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("Value chain");
    }

    @Test
    void aClickEventCarriesWhatWasClicked() {
        EChart chart = new EChart();
        var seen = new java.util.concurrent.atomic.AtomicReference<ChartClickEvent>();
        chart.addChartClickListener(seen::set);
        ComponentEventBusAccess.fire(chart, new ChartClickEvent(chart, true, "Chain", "sankey", "node", "Legal AI", "legal-ai", null));
        assertThat(seen.get().isNode()).isTrue();
        assertThat(seen.get().getId()).isEqualTo("legal-ai");
        assertThat(seen.get().getName()).isEqualTo("Legal AI");
    }
}
