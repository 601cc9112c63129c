/**
 * The page as HTML: one renderer for every part of the report (header, each section, footer), from
 * one {@link org.ailandscape.report.ReportSnapshot snapshot} and one {@link org.ailandscape.link.PageState link}.
 * The first response of every link is this renderer's output, and the live page updates itself with
 * the same output; there is no second copy of the markup. No Vaadin here. Text goes in through jsoup,
 * which escapes it: whatever the data holds reaches the browser as text, never as markup.
 */
@NullMarked
package org.ailandscape.page;

import org.jspecify.annotations.NullMarked;
