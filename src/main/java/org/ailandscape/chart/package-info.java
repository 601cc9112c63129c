@NullMarked
package org.ailandscape.chart;

import org.jspecify.annotations.NullMarked;
