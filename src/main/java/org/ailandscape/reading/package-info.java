/**
 * What decides the words of a page: one {@link org.ailandscape.reading.PageView view} is a version of the
 * report, a {@link org.ailandscape.reading.Reading reading} (the languages shown, the page's own words) and
 * the state of its link. No Vaadin here: the page, the embeds and the API share it.
 */
@NullMarked
package org.ailandscape.reading;

import org.jspecify.annotations.NullMarked;
