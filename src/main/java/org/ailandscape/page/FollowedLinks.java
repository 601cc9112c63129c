package org.ailandscape.page;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;
import org.ailandscape.link.PageState;

/**
 * Links of a component that the live page follows on the server: a plain click on one reaches the
 * server as a click on the component, with the link's query, and the browser does not load it. Each
 * such link names in its address only what it changes (and the language), so that it reads the same
 * for every reader and works on its own without script or when copied; the server applies that change
 * to the reader's whole view.
 */
public final class FollowedLinks {

    private FollowedLinks() {}

    /** What the browser tells of the link clicked: its query ("?lang=en&sort=scale-desc"). */
    public static final String LINK = "event.target.closest('a[href]').search";

    /** Follows the links in {@code host} that match the CSS {@code selector}: {@code follow} gets each one's state. */
    static void listen(Component host, String selector, Consumer<PageState> follow) {
        host.getElement().addEventListener("click", event -> {
            String search = event.getEventData().path(LINK).asString("");
            follow.accept(PageState.parse(search.startsWith("?") ? search.substring(1) : search));
        }).setFilter(filter(selector)).addEventData(LINK).preventDefault();
    }

    /** When the browser tells of a click: a plain click (no other button, no key held) on a link that matches {@code selector}. */
    public static String filter(String selector) {
        return "event.button === 0 && !(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)"
                + " && event.target.closest(" + quoted(selector) + ") !== null";
    }

    /** A JavaScript string literal of a selector made of our own class names and ids. */
    private static String quoted(String selector) {
        if (!selector.matches("[A-Za-z0-9 .#,\\-\\[\\]=]+")) throw new IllegalArgumentException("not a plain selector: " + selector);
        return "'" + selector + "'";
    }
}
