package org.ailandscape.chart;

import org.jsoup.nodes.Element;

/**
 * An Apache ECharts chart on the page: the {@code <echarts-chart>} element of {@code frontend/echarts-chart.js}.
 * The element fetches its option (ECharts' JSON) from {@code src} when it comes near the viewport, draws
 * it on a canvas of the given height (so the page keeps its layout before and after), follows the
 * page's light or dark scheme, and offers a PNG of itself. A data item with a {@code link} makes a
 * click on it follow that link. It knows nothing of the report.
 */
public final class ChartElement {

    private ChartElement() {}

    /**
     * The chart element. {@code label} is its accessible name (read before ECharts' own description of
     * the data); {@code src} a same-origin URL answering the option as JSON.
     */
    public static Element of(String id, String src, int heightPx, String label, String language) {
        return new Element("echarts-chart").attr("id", id).attr("src", src)
                .attr("style", "height:" + heightPx + "px").attr("role", "img").attr("aria-label", label).attr("lang", language);
    }
}
