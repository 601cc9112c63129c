package org.ailandscape.report.archive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ailandscape.report.DataFile;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What changed between two versions, field by field. Lists whose entries all have an {@code id} are
 * matched by id, so that an entry added or moved shows as that and not as every entry after it
 * changed; other lists are compared place by place when their length is the same, else as a whole.
 */
public final class DatasetDiff {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private final List<FieldChange> changes = new ArrayList<>();
    private String file = "";

    private DatasetDiff() {}

    /** The changes from the older files to the newer, in the order of the data files and of each document. */
    public static List<FieldChange> between(Map<String, byte[]> older, Map<String, byte[]> newer) {
        DatasetDiff diff = new DatasetDiff();
        Set<String> names = new LinkedHashSet<>();
        for (DataFile f : DataFile.values()) names.add(f.fileName());
        names.addAll(older.keySet());
        names.addAll(newer.keySet());
        for (String name : names) {
            byte[] before = older.get(name);
            byte[] after = newer.get(name);
            if (before == null && after == null) continue;
            if (before != null && after != null && java.util.Arrays.equals(before, after)) continue;
            diff.file = name;
            diff.compare("$", tree(before), tree(after), null, null);
        }
        return List.copyOf(diff.changes);
    }

    private static @Nullable JsonNode tree(byte @Nullable [] bytes) {
        return bytes == null ? null : JSON.readTree(bytes);
    }

    private void compare(String path, @Nullable JsonNode before, @Nullable JsonNode after, @Nullable String figure, @Nullable String item) {
        if (before != null && before.equals(after)) return;
        if (before != null && after != null && before.isObject() && after.isObject()) {
            String id = idOf(after);
            String near = id != null ? id : figure;
            String outer = item != null ? item : id;
            Set<String> keys = new LinkedHashSet<>(before.propertyNames());
            keys.addAll(after.propertyNames());
            for (String key : keys) {
                if (path.equals("$") && key.equals("$schema")) continue;
                compare(child(path, key), before.get(key), after.get(key), near, outer);
            }
            return;
        }
        if (before != null && after != null && before.isArray() && after.isArray()) {
            if (allHaveIds(before) && allHaveIds(after)) {
                Map<String, Integer> oldAt = new LinkedHashMap<>();
                for (int i = 0; i < before.size(); i++) oldAt.put(idOf(before.get(i)), i);
                Set<String> kept = new LinkedHashSet<>();
                for (int j = 0; j < after.size(); j++) {
                    JsonNode entry = after.get(j);
                    String id = idOf(entry);
                    Integer i = oldAt.get(id);
                    kept.add(id);
                    compare(path + "[" + j + "]", i == null ? null : before.get(i), entry, id, item != null ? item : id);
                }
                oldAt.forEach((id, i) -> {
                    if (!kept.contains(id)) changes.add(new FieldChange(file, path + "[" + i + "]", id, item != null ? item : id, before.get(i), null));
                });
                return;
            }
            if (before.size() == after.size()) {
                for (int i = 0; i < after.size(); i++) compare(path + "[" + i + "]", before.get(i), after.get(i), figure, item);
                return;
            }
        }
        if (before == null && after != null && after.isObject() && idOf(after) != null) {
            changes.add(new FieldChange(file, path, idOf(after), item != null ? item : idOf(after), null, after));
            return;
        }
        changes.add(new FieldChange(file, path, figure, item, before, after));
    }

    private static String child(String path, String key) {
        return NAME.matcher(key).matches() ? path + "." + key : path + "['" + key.replace("'", "\\'") + "']";
    }

    private static boolean allHaveIds(JsonNode array) {
        if (array.isEmpty()) return false;
        for (JsonNode entry : array) {
            if (idOf(entry) == null) return false;
        }
        return true;
    }

    private static @Nullable String idOf(@Nullable JsonNode node) {
        if (node == null || !node.isObject()) return null;
        JsonNode id = node.get("id");
        return id != null && id.isString() ? id.asString() : null;
    }
}
