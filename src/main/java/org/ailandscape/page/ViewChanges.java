package org.ailandscape.page;

import java.util.function.UnaryOperator;
import org.ailandscape.link.PageState;

/**
 * Where the page's components report what the reader changes in the view: the live page's view applies
 * it and keeps the browser's address in step. The first response has no reader ({@link #NONE}).
 */
public interface ViewChanges {

    ViewChanges NONE = new ViewChanges() {
        @Override
        public void inPlace(UnaryOperator<PageState> change) {}

        @Override
        public void follow(UnaryOperator<PageState> change) {}
    };

    /** The reader changed the view where it is (opened an answer, typed in a filter): the address is replaced. */
    void inPlace(UnaryOperator<PageState> change);

    /** The reader went to another view (a segment, a sort): a new history entry, so that Back returns. */
    void follow(UnaryOperator<PageState> change);
}
