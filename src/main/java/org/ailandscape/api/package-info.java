@NullMarked
package org.ailandscape.api;

import org.jspecify.annotations.NullMarked;
