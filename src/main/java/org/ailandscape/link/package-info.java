/**
 * The link scheme: every view of the report as URL query parameters ({@link org.ailandscape.link.PageState}),
 * the reading mode and the languages it means, and where a link points. No Vaadin here: the page, the
 * first response, the API and the link previews all read links the same way.
 */
@NullMarked
package org.ailandscape.link;

import org.jspecify.annotations.NullMarked;
