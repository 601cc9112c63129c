package org.ailandscape.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import org.jspecify.annotations.Nullable;

/** A click on a chart element: a Sankey node or link, a bar, a point. */
@DomEvent("chart-click")
public class ChartClickEvent extends ComponentEvent<EChart> {

    private final String seriesName;
    private final String seriesType;
    private final String dataType;
    private final String name;
    private final String id;
    private final @Nullable Double value;

    public ChartClickEvent(EChart source, boolean fromClient,
            @EventData("event.detail.seriesName") String seriesName,
            @EventData("event.detail.seriesType") String seriesType,
            @EventData("event.detail.dataType") String dataType,
            @EventData("event.detail.name") String name,
            @EventData("event.detail.id") String id,
            @EventData("event.detail.value") @Nullable Double value) {
        super(source, fromClient);
        this.seriesName = seriesName;
        this.seriesType = seriesType;
        this.dataType = dataType;
        this.name = name;
        this.id = id;
        this.value = value;
    }

    public String getSeriesName() { return seriesName; }

    public String getSeriesType() { return seriesType; }

    /** "node" or "edge" for graph-like series (Sankey), empty otherwise. */
    public String getDataType() { return dataType; }

    public String getName() { return name; }

    /** The data item's {@code key} (or {@code id}) where the option gave one, else its name. */
    public String getId() { return id; }

    public @Nullable Double getValue() { return value; }

    public boolean isNode() { return "node".equals(dataType); }
}
