package org.ailandscape.page;

import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A text field of the page (the company filter, the search): Flow's {@link Input}, which tells the server
 * as the reader types (after a short pause). Its value is also its {@code value} attribute, so that the
 * first response, which is written from attributes, shows it.
 */
final class TextInput extends Input {

    /** How long typing pauses before the view follows it, in milliseconds. */
    static final int PAUSE = 250;

    TextInput(String id, String name, String type) {
        super(ValueChangeMode.LAZY);
        setValueChangeTimeout(PAUSE);
        setId(id);
        setType(type);
        getElement().setAttribute("name", name);
        getElement().setAttribute("autocomplete", "off");
    }

    /** Shows a value the view asks for (not one the reader typed: that is there already). */
    void show(String value) {
        if (!value.equals(getValue())) setValue(value);
        if (!value.equals(getElement().getAttribute("value"))) getElement().setAttribute("value", value);
    }
}
