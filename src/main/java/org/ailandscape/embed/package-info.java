/** Embeds: one chart or one section of the report as a page another site can frame, with no session. */
@NullMarked
package org.ailandscape.embed;

import org.jspecify.annotations.NullMarked;
