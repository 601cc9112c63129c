package org.ailandscape.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * An Apache ECharts chart: the {@code <echarts-chart>} element of {@code frontend/echarts-chart.js}. The
 * element fetches its option (ECharts' JSON) from {@code src} when it comes near the viewport, draws it
 * on a canvas of the given height (so the page keeps its layout before and after), follows the page's
 * light or dark scheme, and offers a PNG and an SVG of itself. Items whose keys are {@link #setSelected
 * selected} stand out and the others fade. A click on an item is a typed {@link ChartClickEvent}. It
 * knows nothing of the report.
 *
 * <p>Everything it needs is in attributes, so the element works the same whether the server drew it into
 * the first response or the live page added it.
 */
@Tag("echarts-chart")
@JsModule("./echarts-chart.js")
@NpmPackage(value = "echarts", version = "6.1.0")
public class EChart extends Component {

    /**
     * {@code src} is a same-origin URL answering the option as JSON; {@code label} the chart's accessible
     * name (read before ECharts' own description of the data); {@code language} the language of its labels.
     */
    public EChart(String id, String src, int heightPx, String label, String language) {
        setId(id);
        getElement().setAttribute("src", src);
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", label);
        getElement().setAttribute("lang", language);
        getElement().getStyle().setHeight(heightPx + "px");
    }

    /** Marks the items with these keys as selected (the others fade); none: every item as it is. */
    public void setSelected(Collection<String> keys) {
        String value = String.join(" ", keys.stream().sorted().toList());
        if (value.isEmpty()) getElement().removeAttribute("selected");
        else getElement().setAttribute("selected", value);
    }

    public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }

    /** A click on a data item of the chart: the item's key (its id in the option), its name and value. */
    @DomEvent("chart-click")
    public static class ChartClickEvent extends ComponentEvent<EChart> {

        private final String key;
        private final String name;

        public ChartClickEvent(EChart source, boolean fromClient, @EventData("event.detail.id") @Nullable String key,
                @EventData("event.detail.name") @Nullable String name) {
            super(source, fromClient);
            this.key = key == null ? "" : key;
            this.name = name == null ? "" : name;
        }

        /** The item's key; empty for a click that hit no item with one. */
        public String key() {
            return key;
        }

        public String name() {
            return name;
        }
    }
}
