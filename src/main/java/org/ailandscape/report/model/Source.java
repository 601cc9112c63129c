package org.ailandscape.report.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** A source the report names (publisher, title, date), or the report's own statement. */
public record Source(String id, Kind kind, @Nullable Text publisher, @Nullable Text title, @Nullable Text date) {

    public enum Kind {
        @JsonProperty("external") EXTERNAL,
        @JsonProperty("report") REPORT
    }

    public boolean isReport() {
        return kind == Kind.REPORT;
    }
}
