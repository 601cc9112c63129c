@NullMarked
package org.ailandscape;

import org.jspecify.annotations.NullMarked;
