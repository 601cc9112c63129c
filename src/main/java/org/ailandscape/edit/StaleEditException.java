package org.ailandscape.edit;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Edits whose fields changed since they were made: applying them would overwrite someone else's change. */
public class StaleEditException extends RuntimeException {

    /** An edit and what its field holds now. */
    public record Stale(FieldEdit edit, @Nullable JsonNode now) {}

    private final List<Stale> stale;

    public StaleEditException(List<Stale> stale) {
        super(stale.stream().map(s -> s.edit().file() + " " + s.edit().path() + ": was " + FieldEdit.show(s.edit().before())
                + " when the change was made, is now " + FieldEdit.show(s.now())).collect(Collectors.joining("; ")));
        this.stale = List.copyOf(stale);
    }

    public List<Stale> stale() {
        return stale;
    }
}
