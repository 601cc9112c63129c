package org.ailandscape.page;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;

/**
 * A form that loads its view when submitted ({@code GET}): the company filter and the search work so
 * without script. On the live page its fields apply as they change (the page's script keeps a submit
 * from loading the page again).
 */
@Tag("form")
final class GetForm extends Component implements HasComponents {

    GetForm(String id, String action, String... classes) {
        if (!id.isEmpty()) setId(id);
        getElement().setAttribute("method", "get").setAttribute("action", action);
        for (String cssClass : classes) getElement().getClassList().add(cssClass);
    }
}
