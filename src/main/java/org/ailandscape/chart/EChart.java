package org.ailandscape.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.BaseJsonNode;

/**
 * An Apache ECharts chart. The option is JSON built by Jackson from records or maps on the server and
 * handed to the browser as a property: no JavaScript is ever assembled from strings. The client part
 * resizes with its container, follows the page's light/dark scheme, turns on ECharts' ARIA description
 * and reports clicks as {@link ChartClickEvent}.
 */
@Tag("echarts-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./echarts-chart.js")
public class EChart extends Component implements HasSize, HasStyle {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonNode option = JSON.createObjectNode();

    public EChart() {
        getElement().getStyle().set("display", "block");
    }

    /**
     * Sets the ECharts option: any record, map or list tree that Jackson can serialise. Equal options
     * share one tree across all charts of all readers (see {@link SharedOptions}), so the option must
     * not be changed after it is set.
     */
    public void setOption(Object option) {
        this.option = SharedOptions.canonical(option instanceof JsonNode node ? node : JSON.valueToTree(option));
        getElement().setPropertyJson("option", (BaseJsonNode) this.option);
    }

    /** The option last set, as JSON (for tests and for a text alternative). */
    public JsonNode getOption() {
        return option;
    }

    /** An accessible name for the chart (read before ECharts' own generated description). */
    public void setAccessibleName(String name) {
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", name);
    }

    public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }
}
