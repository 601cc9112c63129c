/** What every HTTP response carries, whatever produced it. */
@NullMarked
package org.ailandscape.web;

import org.jspecify.annotations.NullMarked;
