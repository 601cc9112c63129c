package org.ailandscape.page;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.ailandscape.link.PageState;
import org.ailandscape.report.model.Report;

/**
 * What the reader's actions inside a part of the page mean for its link: opening or closing a
 * disclosure ({@code data-toggle} and {@code data-id} on a {@code <details>}), typing in or ticking a
 * field ({@code data-input}). Links need no meaning: they are the new state. Each part that has such
 * controls says what they change; the others change nothing.
 */
public interface PartActions {

    PartActions NONE = new PartActions() {};

    /** A disclosure was opened or closed. */
    default UnaryOperator<PageState> toggled(String name, String id, boolean open, Report report) {
        return s -> s;
    }

    /** A field changed: its text, or the ticked values of a group of checkboxes. */
    default UnaryOperator<PageState> typed(String name, List<String> values, Report report) {
        return s -> s;
    }

    /**
     * What the page shows when it comes alive (the reader may have opened, typed or ticked before):
     * {@code open} holds {@code name:id} of the open disclosures, {@code values} the fields.
     */
    default UnaryOperator<PageState> found(Set<String> open, Map<String, List<String>> values, Report report) {
        return s -> s;
    }

    /** The ids of the open disclosures of one name, from {@code name:id} entries. */
    static Set<String> openOf(String name, Set<String> open) {
        String prefix = name + ":";
        return open.stream().filter(o -> o.startsWith(prefix)).map(o -> o.substring(prefix.length()))
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** The first value of a field, or empty. */
    static String first(List<String> values) {
        return values.isEmpty() ? "" : values.getFirst();
    }
}
