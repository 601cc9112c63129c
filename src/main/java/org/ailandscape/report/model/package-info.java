@NullMarked
package org.ailandscape.report.model;

import org.jspecify.annotations.NullMarked;
