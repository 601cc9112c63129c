package org.ailandscape.report.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ailandscape.report.model.Text;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history of each number: for every item of the dataset that shows a value (an object with an
 * {@code id} and a {@code display} text: a figure, a KPI, a headline metric, a company's scale), the
 * value it had in each version where it differs from the version before, oldest first, with the date,
 * author and note of that version. Computed once per latest version.
 */
public final class VersionHistory {

    public static final VersionHistory EMPTY = new VersionHistory("", Map.of(), 0);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One version's files, in the order the versions were published. */
    public record Stage(StoredVersion version, Map<String, byte[]> files) {}

    /** A value an item had from a version on. */
    public record Point(String version, LocalDate day, String author, String note, Text display) {}

    private final String latest;
    private final Map<String, List<Point>> points;
    private final int versions;

    private VersionHistory(String latest, Map<String, List<Point>> points, int versions) {
        this.latest = latest;
        this.points = points;
        this.versions = versions;
    }

    public static VersionHistory of(String latest, List<Stage> stages) {
        Map<String, List<Point>> points = new HashMap<>();
        Map<String, String> lastValue = new HashMap<>();
        for (Stage stage : stages) {
            Map<String, Valued> items = new HashMap<>();
            stage.files().forEach((name, bytes) -> collect(JSON.readTree(bytes), items));
            items.forEach((id, valued) -> {
                if (Objects.equals(lastValue.put(id, valued.key()), valued.key())) return;
                StoredVersion v = stage.version();
                points.computeIfAbsent(id, k -> new ArrayList<>()).add(new Point(v.id(), v.day(), v.author(), v.note(), valued.display()));
            });
        }
        points.replaceAll((id, list) -> List.copyOf(list));
        return new VersionHistory(latest, Map.copyOf(points), stages.size());
    }

    /** The version this history leads up to. */
    public String latest() {
        return latest;
    }

    /** How many versions it covers. */
    public int versions() {
        return versions;
    }

    /** The values of an item, oldest first; one entry when it never changed, none when it is unknown. */
    public List<Point> of(String id) {
        return points.getOrDefault(id, List.of());
    }

    private record Valued(String key, Text display) {}

    private static void collect(JsonNode node, Map<String, Valued> items) {
        if (node.isObject()) {
            JsonNode id = node.get("id");
            JsonNode display = node.get("display");
            if (id != null && id.isString() && display != null && display.isObject()) {
                Text text = new Text(string(display.get("en")), string(display.get("zh")));
                String key = display + "|" + node.get("value") + "|" + node.get("low") + "|" + node.get("high") + "|" + node.get("unit");
                items.putIfAbsent(id.asString(), new Valued(key, text));
            }
        }
        for (JsonNode child : node) collect(child, items);
    }

    private static @Nullable String string(@Nullable JsonNode node) {
        return node != null && node.isString() ? node.asString() : null;
    }
}
