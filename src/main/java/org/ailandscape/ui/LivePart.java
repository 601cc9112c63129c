package org.ailandscape.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.ailandscape.link.PageState;
import org.ailandscape.page.PagePart;
import org.ailandscape.page.PageParts;
import org.ailandscape.page.PageView;
import org.ailandscape.report.model.Report;
import tools.jackson.databind.JsonNode;

/**
 * One part of the live page (the header, a section, the footer). The browser already shows it, from
 * the first response; this component is the server's handle on that element (a {@code <live-part>}
 * element of {@code frontend/live-page.js}, which holds no content). When what it shows of the view
 * changes, it has the browser fetch the part again from the part's address ({@link PageParts}, the same
 * renderer as the first response), and it
 * reports what the reader does inside it (toggling a disclosure, typing, ticking) as a
 * {@link StateChangeEvent}, with the meaning its {@link PagePart#actions() part} gives it. The server keeps no copy of the part's content: a reader costs the same
 * whether they read the top of the page or all of it.
 */
@Tag("live-part")
public class LivePart extends Component {

    private final PagePart part;
    private final Supplier<Report> report;
    /** What the browser shows of this part now: the version, the reading and the state it was rendered for. */
    private String shown = "";

    /** {@code report} is the report the page shows (what the reader's actions refer to). */
    LivePart(PagePart part, Supplier<Report> report) {
        this.part = part;
        this.report = report;
        getElement().setAttribute("for", part.elementId());
        getElement().addEventListener("part-toggle", this::toggled)
                .addEventData("event.detail.name").addEventData("event.detail.id").addEventData("event.detail.open");
        getElement().addEventListener("part-input", this::typed)
                .addEventData("event.detail.name").addEventData("event.detail.value").debounce(250);
        getElement().addEventListener("part-choice", this::typed)
                .addEventData("event.detail.name").addEventData("event.detail.value");
        getElement().addEventListener("part-sync", this::synced)
                .addEventData("event.detail.open").addEventData("event.detail.values");
    }

    public PagePart part() {
        return part;
    }

    /** The browser shows this part as the view renders it (the first response did): nothing to send. */
    void adopt(PageView view) {
        shown = key(view);
    }

    /** The browser's copy of this part is of unknown content: the next {@link #apply} renders it. */
    void forget() {
        shown = "";
    }

    /** Brings the browser's copy of this part to the view, if what it shows has changed. */
    void apply(PageView view) {
        String key = key(view);
        if (key.equals(shown)) return;
        shown = key;
        // The browser fetches the part from its address (cacheable, shared by every reader of that view):
        // the response to this round trip, which the server keeps until the next one, stays small.
        getElement().callJsFunction("load", PageParts.address(part, view));
    }

    private String key(PageView view) {
        return view.snapshot().version() + "|" + view.reading().key() + "|" + part.shows(view.state()).toQueryString();
    }

    public Registration addStateChangeListener(ComponentEventListener<StateChangeEvent> listener) {
        return addListener(StateChangeEvent.class, listener);
    }

    /** Reports the reader's change of the view (every event here comes from the reader's browser). */
    private void changed(UnaryOperator<PageState> change) {
        fireEvent(new StateChangeEvent(this, true, change));
    }

    private void toggled(DomEvent event) {
        JsonNode data = event.getEventData();
        String name = text(data.get("event.detail.name"));
        String id = text(data.get("event.detail.id"));
        if (!name.isEmpty() && !id.isEmpty()) changed(part.actions().toggled(name, id, data.path("event.detail.open").asBoolean(false), report.get()));
    }

    private void typed(DomEvent event) {
        JsonNode data = event.getEventData();
        String name = text(data.get("event.detail.name"));
        if (!name.isEmpty()) changed(part.actions().typed(name, values(data.get("event.detail.value")), report.get()));
    }

    private void synced(DomEvent event) {
        JsonNode data = event.getEventData();
        Set<String> open = new LinkedHashSet<>(values(data.get("event.detail.open")));
        Map<String, List<String>> values = new LinkedHashMap<>();
        JsonNode given = data.get("event.detail.values");
        if (given != null && given.isObject()) given.properties().forEach(e -> values.put(e.getKey(), values(e.getValue())));
        changed(part.actions().found(open, values, report.get()));
    }

    /** A string or an array of strings from the browser, as a list; anything else as nothing. */
    private static List<String> values(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node == null) return values;
        if (node.isString()) values.add(node.asString());
        else if (node.isArray()) node.forEach(n -> { if (n.isString()) values.add(n.asString()); });
        return values;
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.asString() : "";
    }
}
