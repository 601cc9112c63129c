package org.ailandscape.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * One field of the dataset as the editor lists it: a text in both languages ({@code {"en", "zh"}}, one
 * row with the two side by side), a single value (a number, a word, a date), or a list of words (the ids
 * of sources). {@code near} is the id of the nearest thing around it that has one, {@code name} the
 * path from there (what the editor shows as where the field is).
 */
public record EditableField(String file, String path, Kind kind, @Nullable String near, String name,
        @Nullable String en, @Nullable String zh, @Nullable JsonNode value) {

    public enum Kind { TEXT, VALUE, LIST }

    public String key() {
        return file + " " + path;
    }

    /** A text that has only one of its languages (the loader refuses it; the editor flags it). */
    public boolean missingTranslation() {
        return kind == Kind.TEXT && (en == null || en.isBlank() || zh == null || zh.isBlank());
    }

    /** The edits that turn this text into one with these two languages (none for a language left as it was). */
    public List<FieldEdit> textEdits(String newEn, String newZh) {
        if (kind != Kind.TEXT) throw new IllegalStateException(key() + " is not a text");
        List<FieldEdit> edits = new ArrayList<>();
        if (!Objects.equals(en, newEn)) edits.add(new FieldEdit(file, path + ".en", en == null ? null : StringNode.valueOf(en), StringNode.valueOf(newEn)));
        if (!Objects.equals(zh, newZh)) edits.add(new FieldEdit(file, path + ".zh", zh == null ? null : StringNode.valueOf(zh), StringNode.valueOf(newZh)));
        return edits;
    }

    /** What the field holds, as the editor shows it in one line. */
    public String shown() {
        return switch (kind) {
            case TEXT -> (en == null ? "" : en) + " / " + (zh == null ? "" : zh);
            case VALUE, LIST -> FieldEdit.show(value);
        };
    }
}
