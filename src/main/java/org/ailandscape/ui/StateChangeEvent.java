package org.ailandscape.ui;

import com.vaadin.flow.component.ComponentEvent;
import java.util.function.UnaryOperator;
import org.ailandscape.link.PageState;

/**
 * A part of the page reports that the reader changed its part of the view (opened an answer, typed a
 * filter): how the page's state changes. Only the reader's actions are reported, so
 * {@link #isFromClient()} is what tells them from a link being restored.
 */
public class StateChangeEvent extends ComponentEvent<LivePart> {

    private final UnaryOperator<PageState> change;

    StateChangeEvent(LivePart source, boolean fromClient, UnaryOperator<PageState> change) {
        super(source, fromClient);
        this.change = change;
    }

    /** The state after the change. */
    public PageState applyTo(PageState state) {
        return change.apply(state);
    }
}
