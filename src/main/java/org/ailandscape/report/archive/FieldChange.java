package org.ailandscape.report.archive;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One field that differs between two versions: the data file and the JSON path (in the newer version;
 * in the older one for something removed), the id of the nearest thing around it that has one (a figure,
 * a KPI, a company), the id of the report's item it belongs to (the outermost such thing, which the page
 * shows as a card, a row or an answer), and the value before and after ({@code null} when added or
 * removed). Texts count in both languages: {@code label.en} and {@code label.zh} are two fields.
 */
public record FieldChange(String file, String path, @Nullable String figure, @Nullable String item,
        @Nullable JsonNode before, @Nullable JsonNode after) {

    /** Whether a number changed, not only a text or a list around it. */
    public boolean isNumber() {
        return (before != null && before.isNumber()) || (after != null && after.isNumber());
    }
}
