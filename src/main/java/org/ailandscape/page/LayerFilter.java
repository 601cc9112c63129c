package org.ailandscape.page;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.ailandscape.reading.PageView;
import org.ailandscape.reading.Reading;
import org.ailandscape.report.model.Companies;

/**
 * The company table's layer filter: a fieldset of checkboxes, one per layer, that reaches the server
 * as one field: a change of any box tells which boxes are ticked. The boxes are drawn again only when
 * the view asks for other ticks than the reader's (a link that clears the filter, Back), so that a
 * reader ticking through them with the keyboard keeps their place.
 */
@Tag("fieldset")
final class LayerFilter extends Component {

    private static final String TICKED = "Array.from(element.querySelectorAll('input[type=checkbox]:checked'), box => box.value)";

    private Set<String> shown = Set.of();
    private String drawnFor = "";

    LayerFilter(PageView view, Consumer<Set<String>> ticked) {
        setId("company-layers");
        getElement().getClassList().add("layer-filter");
        getElement().addEventListener("change", event -> {
            Set<String> layers = new LinkedHashSet<>();
            event.getEventData().path(TICKED).forEach(value -> { if (value.isString()) layers.add(value.asString()); });
            shown = Set.copyOf(layers);
            ticked.accept(shown);
        }).addEventData(TICKED);
        show(view);
    }

    void show(PageView view) {
        Set<String> layers = view.state().layers();
        String reading = view.key();
        if (layers.equals(shown) && reading.equals(drawnFor)) return;
        shown = layers;
        drawnFor = reading;
        getElement().setProperty("innerHTML", Block.markup(reading + "|layers|" + String.join(",", layers.stream().sorted().toList()), () -> boxes(view)));
    }

    private static Element boxes(PageView view) {
        Reading reading = view.reading();
        Element content = Markup.el("div");
        content.appendChild(Markup.text("legend", reading.t("companies.layers")));
        Element list = Markup.el("ul");
        for (Companies.Layer layer : view.report().companies().layers()) {
            Element box = Markup.el("input").setAttribute("type", "checkbox").setAttribute("name", "layers").setAttribute("value", layer.id())
                    .setAttribute("id", "layer-" + layer.id());
            if (view.state().layers().contains(layer.id())) box.setAttribute("checked", true);
            Element label = Markup.text("label", reading.lead(layer.name()), "layer-chip").setAttribute("for", "layer-" + layer.id());
            list.appendChild(Markup.el("li").appendChild(box, label));
        }
        return content.appendChild(list);
    }
}
