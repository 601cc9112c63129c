package org.ailandscape.edit;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One field of a draft: the data file, the JSON path, the value it replaces (as it was in the version
 * the change was made on; null where the field was absent) and the new value (null removes an optional
 * field). A publish applies it only where the field still holds {@code before}.
 */
public record FieldEdit(String file, String path, @Nullable JsonNode before, @Nullable JsonNode after) {

    public FieldEdit {
        Objects.requireNonNull(file, "file");
        JsonPath.parse(path);
    }

    /** The field this changes: a file and a path. */
    public String key() {
        return file + " " + path;
    }

    /** Whether the edit leaves the field as it was. */
    public boolean isNoChange() {
        return Objects.equals(before, after);
    }

    /** A value as the editor shows it: a text without quotes, anything else as JSON; "—" for none. */
    public static String show(@Nullable JsonNode value) {
        if (value == null || value.isNull()) return "—";
        if (value.isString()) return value.asString();
        return value.toString();
    }
}
