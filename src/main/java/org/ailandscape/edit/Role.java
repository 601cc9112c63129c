package org.ailandscape.edit;

import java.util.List;

/** What an account of the editor may do: an editor proposes changes; a publisher also reviews and publishes them. */
public enum Role {
    EDITOR,
    PUBLISHER;

    /** Spring Security's roles of an account: a publisher is an editor too. */
    public List<String> roles() {
        return this == PUBLISHER ? List.of("EDITOR", "PUBLISHER") : List.of("EDITOR");
    }
}
