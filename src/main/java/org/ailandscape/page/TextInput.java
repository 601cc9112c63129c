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

    /** The value of the last view shown. */
    private final LastShown<String> shown = new LastShown<>("");

    TextInput(String id, String name, String type) {
        super(ValueChangeMode.LAZY);
        setValueChangeTimeout(PAUSE);
        setId(id);
        setType(type);
        getElement().setAttribute("name", name);
        getElement().setAttribute("autocomplete", "off");
    }

    /** Shows a value where the view changes it, and only there (see {@link LastShown}): what the reader typed stays. */
    void show(String value) {
        if (!shown.changesTo(value)) return;
        if (!value.equals(getValue())) setValue(value);
        if (value.isEmpty()) getElement().removeAttribute("value");
        else getElement().setAttribute("value", value);
    }
}
