package org.ailandscape.edit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data files as JSON trees, read and written in the files' own layout (two-space indent, one entry
 * of a list per line, {@code "name": value}, a final newline), so that a file an editor changed differs
 * from the one before only where the editor changed it, and a developer's diff stays readable.
 */
public final class DatasetJson {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ObjectWriter WRITER = JSON.writer().with(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private DatasetJson() {}

    public static JsonNode read(byte[] bytes) {
        return JSON.readTree(bytes);
    }

    public static byte[] write(JsonNode tree) {
        return (WRITER.writeValueAsString(tree) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The files with the edits applied: each edited file parsed, changed and written again, the others
     * as they were. Throws {@link StaleEditException} listing every edit whose field no longer holds the
     * value it replaces (nothing is applied then), and {@link IllegalArgumentException} for an edit of a
     * file or path that does not exist.
     */
    public static Map<String, byte[]> apply(Map<String, byte[]> files, List<FieldEdit> edits) {
        Map<String, JsonNode> trees = new LinkedHashMap<>();
        List<StaleEditException.Stale> stale = new ArrayList<>();
        for (FieldEdit edit : edits) {
            byte[] bytes = files.get(edit.file());
            if (bytes == null) throw new IllegalArgumentException("no data file " + edit.file());
            JsonNode tree = trees.computeIfAbsent(edit.file(), name -> read(bytes));
            JsonPath path = JsonPath.parse(edit.path());
            JsonNode now = path.find(tree);
            if (!Objects.equals(normal(now), normal(edit.before()))) stale.add(new StaleEditException.Stale(edit, now));
        }
        if (!stale.isEmpty()) throw new StaleEditException(stale);
        for (FieldEdit edit : edits) JsonPath.parse(edit.path()).set(trees.get(edit.file()), edit.after());
        Map<String, byte[]> changed = new LinkedHashMap<>(files);
        trees.forEach((name, tree) -> changed.put(name, write(tree)));
        return changed;
    }

    /** The value at a path of a file, or null. */
    public static JsonNode at(Map<String, byte[]> files, String file, String path) {
        byte[] bytes = files.get(file);
        return bytes == null ? null : JsonPath.parse(path).find(read(bytes));
    }

    /** Numbers compare by value (1290000000000 and 1.29E12 are the same amount). */
    private static Object normal(JsonNode node) {
        if (node == null || node.isNull()) return "null";
        if (node.isNumber()) return node.decimalValue().stripTrailingZeros();
        return node;
    }
}
