@NullMarked
package org.ailandscape.report;

import org.jspecify.annotations.NullMarked;
