package org.ailandscape.edit;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON path as the loader and the version store write them: {@code $}, then {@code .name},
 * {@code ['odd name']} and {@code [index]} steps. Only what names one node; nothing else is accepted.
 */
record JsonPath(String text, List<Object> steps) {

    /** The path, or an {@link IllegalArgumentException} saying what is wrong with it. */
    static JsonPath parse(String text) {
        if (!text.startsWith("$")) throw new IllegalArgumentException("a path starts with $");
        List<Object> steps = new ArrayList<>();
        int i = 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_' || text.charAt(end) == '$')) end++;
                if (end == i + 1) throw new IllegalArgumentException("a name is missing at " + i);
                steps.add(text.substring(i + 1, end));
                i = end;
            } else if (c == '[' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                StringBuilder name = new StringBuilder();
                int j = i + 2;
                while (j < text.length() && text.charAt(j) != '\'') {
                    if (text.charAt(j) == '\\' && j + 1 < text.length()) j++;
                    name.append(text.charAt(j++));
                }
                if (j + 1 >= text.length() || text.charAt(j + 1) != ']') throw new IllegalArgumentException("an unclosed ['…'] at " + i);
                steps.add(name.toString());
                i = j + 2;
            } else if (c == '[') {
                int end = text.indexOf(']', i);
                if (end < 0) throw new IllegalArgumentException("an unclosed [ at " + i);
                try {
                    steps.add(Integer.parseInt(text.substring(i + 1, end)));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not an index: " + text.substring(i + 1, end));
                }
                i = end + 1;
            } else {
                throw new IllegalArgumentException("unexpected '" + c + "' at " + i);
            }
        }
        return new JsonPath(text, List.copyOf(steps));
    }

    /** The node at this path in the tree, or null if there is none. */
    @Nullable JsonNode find(JsonNode root) {
        JsonNode at = root;
        for (Object step : steps) {
            if (at == null) return null;
            at = step instanceof Integer index ? (at.isArray() ? at.get(index) : null) : (at.isObject() ? at.get((String) step) : null);
        }
        return at;
    }

    /**
     * Sets the node at this path (its parent must exist; a missing property of an object is added);
     * a null value removes the property. Throws {@link IllegalArgumentException} where the path leads nowhere.
     */
    void set(JsonNode root, @Nullable JsonNode value) {
        if (steps.isEmpty()) throw new IllegalArgumentException("the whole file cannot be replaced by a field");
        JsonNode parent = root;
        for (Object step : steps.subList(0, steps.size() - 1)) {
            JsonNode next = step instanceof Integer index ? (parent.isArray() ? parent.get(index) : null) : (parent.isObject() ? parent.get((String) step) : null);
            if (next == null) throw new IllegalArgumentException("nothing at " + text);
            parent = next;
        }
        Object last = steps.getLast();
        if (last instanceof Integer index) {
            if (!(parent instanceof ArrayNode array) || index >= array.size()) throw new IllegalArgumentException("nothing at " + text);
            if (value == null) throw new IllegalArgumentException("an entry of a list cannot be emptied: " + text);
            array.set(index, value);
        } else if (parent instanceof ObjectNode object) {
            if (value == null) object.remove((String) last);
            else object.set((String) last, value);
        } else {
            throw new IllegalArgumentException("nothing at " + text);
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
