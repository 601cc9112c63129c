@NullMarked
package org.ailandscape.ui;

import org.jspecify.annotations.NullMarked;
