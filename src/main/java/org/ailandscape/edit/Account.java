package org.ailandscape.edit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An account of the editor (its password only as a bcrypt hash). */
public record Account(String username, String passwordHash, Role role, int failedSignIns, @Nullable Instant lockedUntil,
        Instant created, String createdBy) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
