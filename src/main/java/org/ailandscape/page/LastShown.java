package org.ailandscape.page;

import java.util.Objects;

/**
 * What the last view shown said of one control (an answer open, an explanation open, a filter's text).
 * A control changes only where a new view changes that, never back to the view's idea of it otherwise:
 * Flow applies all property changes of a message before its events, so a view shown for one event may
 * come before another control's own event in the same message; what the reader did there is theirs,
 * and that control's event brings it into the view.
 */
final class LastShown<T> {

    private T value;

    LastShown(T initial) {
        this.value = initial;
    }

    /** Whether {@code next} differs from what the last view said; it is then what the view says. */
    boolean changesTo(T next) {
        if (Objects.equals(value, next)) return false;
        value = next;
        return true;
    }

    /** What the reader has made of the control: the view will say so once it handles the reader's event. */
    void readerMade(T made) {
        value = made;
    }
}
