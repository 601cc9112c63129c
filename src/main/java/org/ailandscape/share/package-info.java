/** Sharing a view: link previews (meta tags in the first HTML response) and their preview images. */
@NullMarked
package org.ailandscape.share;

import org.jspecify.annotations.NullMarked;
