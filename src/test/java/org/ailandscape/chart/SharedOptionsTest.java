package org.ailandscape.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SharedOptionsTest {

    @Test
    void equalOptionsOfTwoChartsShareOneTree() {
        EChart first = new EChart();
        EChart second = new EChart();
        first.setOption(Map.of("series", List.of(Map.of("type", "bar", "data", List.of(1, 2, 3)))));
        second.setOption(Map.of("series", List.of(Map.of("type", "bar", "data", List.of(1, 2, 3)))));

        assertThat(second.getOption()).isSameAs(first.getOption());
        assertThat(second.getElement().getPropertyRaw("option")).isSameAs(first.getElement().getPropertyRaw("option"));
    }

    @Test
    void differentOptionsStayApart() {
        EChart first = new EChart();
        EChart second = new EChart();
        first.setOption(Map.of("title", Map.of("text", "a")));
        second.setOption(Map.of("title", Map.of("text", "b")));

        assertThat(second.getOption()).isNotSameAs(first.getOption());
        assertThat(second.getOption().at("/title/text").asString()).isEqualTo("b");
    }

    @Test
    void theMapHoldsAtMostItsCapacity() {
        EChart chart = new EChart();
        for (int i = 0; i < SharedOptions.CAPACITY + 50; i++) chart.setOption(Map.of("n", i, "test", "capacity"));
        assertThat(SharedOptions.size()).isEqualTo(SharedOptions.CAPACITY);
    }
}
