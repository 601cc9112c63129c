package org.ailandscape.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Copies of the bundled dataset in a temporary folder, to break on purpose. */
public final class DataFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DataFixtures() {}

    /** The bundled dataset as the store serves it. */
    public static ReportSnapshot bundled() {
        return ReportLoader.loadSnapshot(DataFolder.bundled());
    }

    /** A copy of the bundled data in a new temporary folder. */
    public static Path copyInNewFolder(String prefix) {
        try {
            return copyOfBundledData(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder holding a fresh copy of every data file. */
    public static Path copyOfBundledData(Path into) {
        try {
            DataFolder bundled = DataFolder.bundled();
            for (DataFile file : DataFile.values()) {
                Files.write(into.resolve(file.fileName()), bundled.read(file.fileName()));
            }
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites a file's text. */
    static void editText(Path folder, String fileName, UnaryOperator<String> edit) {
        try {
            Path file = folder.resolve(fileName);
            Files.writeString(file, edit.apply(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites a file's JSON tree. */
    public static void editJson(Path folder, String fileName, Consumer<ObjectNode> edit) {
        editText(folder, fileName, text -> {
            ObjectNode root = (ObjectNode) JSON.readTree(text);
            edit.accept(root);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        });
    }

    /** The object at a JSON pointer such as {@code /companies/3}. */
    public static ObjectNode at(ObjectNode root, String pointer) {
        JsonNode node = root.at(pointer);
        if (!(node instanceof ObjectNode object)) throw new IllegalArgumentException("no object at " + pointer);
        return object;
    }
}
