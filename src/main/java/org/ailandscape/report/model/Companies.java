package org.ailandscape.report.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** companies.json: the notable companies table. */
@JsonIgnoreProperties("$schema")
public record Companies(Text heading, Columns columns, List<Layer> layers, List<Company> companies) {

    public record Columns(Text company, Text layer, Text role, Text scale) {}

    public record Layer(String id, Text name) {}

    /** A row; {@code figures} holds the other numbers its description gives. */
    public record Company(String id, Text name, String layer, List<String> segments, Text description, Scale scale,
            List<Figure> figures) {}

    /** The scale signal: its text, and for a numeric signal its kind and figure (to sort by amount). */
    public record Scale(Text display, @Nullable ScaleKind kind, @Nullable Figure figure) {}

    public enum ScaleKind {
        @JsonProperty("revenue") REVENUE,
        @JsonProperty("valuation") VALUATION,
        @JsonProperty("funding") FUNDING,
        @JsonProperty("marketCap") MARKET_CAP,
        @JsonProperty("capex") CAPEX
    }
}
