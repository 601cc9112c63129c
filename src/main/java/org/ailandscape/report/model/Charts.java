package org.ailandscape.report.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * charts.json: which of the report's figures are drawn as charts, where, and with which title. Titles
 * and notes are the product's own words (the report has no charts); every number comes from a figure.
 */
@JsonIgnoreProperties("$schema")
public record Charts(List<Chart> charts) {

    /**
     * A chart. {@code bars} draws {@code figures} side by side (one unit); {@code projection} grows
     * {@code start} at the low and high ends of the range {@code rate} up to the period of {@code end}.
     */
    public record Chart(String id, Type type, String section, Text title, @Nullable Text note,
            @Nullable List<String> figures, @Nullable String start, @Nullable String end, @Nullable String rate) {

        public List<String> figuresOrEmpty() {
            return figures == null ? List.of() : figures;
        }
    }

    public enum Type {
        @JsonProperty("bars") BARS,
        @JsonProperty("projection") PROJECTION
    }
}
