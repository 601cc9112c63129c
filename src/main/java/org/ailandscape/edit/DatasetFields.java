package org.ailandscape.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ailandscape.report.DataFile;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Every editable field of a dataset, in the order of the data files and of each document: what the
 * editor's grids list. Nothing here knows the report's sections: the fields are read off the JSON, so a
 * field added to the data is editable without a change here.
 */
public final class DatasetFields {

    private static final Set<String> LANGUAGES = Set.of("en", "zh");

    private final String version;
    private final List<EditableField> fields = new ArrayList<>();
    private final List<FigureFields> figures = new ArrayList<>();
    private String file = "";

    private DatasetFields(String version) {
        this.version = version;
    }

    public static DatasetFields of(Map<String, byte[]> files) {
        return of("", files);
    }

    /** The fields of a version's files ({@code version} names them: see {@link EditorService#fields()}). */
    static DatasetFields of(String version, Map<String, byte[]> files) {
        DatasetFields all = new DatasetFields(version);
        for (DataFile dataFile : DataFile.values()) {
            byte[] bytes = files.get(dataFile.fileName());
            if (bytes == null) continue;
            all.file = dataFile.fileName();
            all.walk(DatasetJson.read(bytes), "$", null, "");
        }
        return all;
    }

    String version() {
        return version;
    }

    public List<EditableField> fields() {
        return List.copyOf(fields);
    }

    public List<FigureFields> figures() {
        return List.copyOf(figures);
    }

    /** The ids of the report's sources (what a figure's sources may name). */
    public List<String> sourceIds() {
        List<String> ids = new ArrayList<>();
        for (EditableField field : fields) {
            if (field.file().equals(DataFile.SOURCES.fileName()) && field.kind() == EditableField.Kind.VALUE
                    && field.path().matches("\\$\\.sources\\[\\d+]\\.id") && field.value() != null) ids.add(field.value().asString());
        }
        return ids;
    }

    private void walk(JsonNode node, String path, @Nullable String near, String name) {
        if (node.isObject()) {
            if (isText(node)) {
                fields.add(new EditableField(file, path, EditableField.Kind.TEXT, near, name, text(node, "en"), text(node, "zh"), null));
                return;
            }
            String id = node.get("id") != null && node.get("id").isString() ? node.get("id").asString() : null;
            if (FigureFields.isFigure(node) && id != null) figures.add(FigureFields.of(file, path, node));
            for (String key : node.propertyNames()) {
                if (path.equals("$") && key.equals("$schema")) continue;
                String step = key.matches("[A-Za-z_$][A-Za-z0-9_$]*") ? "." + key : "['" + key.replace("'", "\\'") + "']";
                walk(node.get(key), path + step, id != null ? id : near, id != null ? key : join(name, key));
            }
        } else if (node.isArray()) {
            if (!node.isEmpty() && allWords(node)) {
                fields.add(new EditableField(file, path, EditableField.Kind.LIST, near, name, null, null, node));
                return;
            }
            for (int i = 0; i < node.size(); i++) walk(node.get(i), path + "[" + i + "]", near, name + "[" + i + "]");
        } else if (!node.isNull()) {
            fields.add(new EditableField(file, path, EditableField.Kind.VALUE, near, name, null, null, node));
        }
    }

    private static String join(String name, String key) {
        return name.isEmpty() ? key : name + "." + key;
    }

    static boolean isText(JsonNode node) {
        if (!node.isObject() || node.isEmpty()) return false;
        for (String key : node.propertyNames()) {
            if (!LANGUAGES.contains(key) || !node.get(key).isString()) return false;
        }
        return true;
    }

    private static @Nullable String text(JsonNode node, String language) {
        JsonNode value = node.get(language);
        return value == null ? null : value.asString();
    }

    private static boolean allWords(JsonNode array) {
        for (JsonNode entry : array) {
            if (!entry.isString()) return false;
        }
        return true;
    }
}
