package org.ailandscape.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;

/** Fires a component event as the client would. */
final class ComponentEventBusAccess {

    private ComponentEventBusAccess() {}

    static void fire(EChart chart, ComponentEvent<EChart> event) {
        ComponentUtil.fireEvent(chart, event);
    }
}
