package org.ailandscape.page;

import org.ailandscape.reading.PageView;

/**
 * A part of the page that follows the view's state (an open answer, a selection, a filter) within one
 * version and reading of the report. {@link #show} is idempotent: it changes only what differs from what
 * the part shows, so that the live page sends the browser only that.
 */
interface ViewPart {

    void show(PageView view);
}
