package org.ailandscape.report.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** value-chain.json: tiers in chain order, their segments, and the links the Sankey draws. */
@JsonIgnoreProperties("$schema")
public record ValueChain(Text heading, List<Tier> tiers, List<Segment> segments, List<Link> links) {

    public record Tier(String id, Text name) {}

    public record Segment(String id, String tier, Text category, Text name, Text description,
            List<Text> companies, List<Figure> figures) {}

    /** A link between segments of adjacent tiers. The report sizes no flow, so a link has no amount. */
    public record Link(String from, String to, Basis basis) {}

    public record Basis(BasisKind kind, @Nullable Text quote) {}

    public enum BasisKind {
        /** The report draws tiers flowing downstream and names no flow between particular segments. */
        @JsonProperty("tier-order") TIER_ORDER,
        /** A sentence of the report states this dependency; {@code quote} holds it. */
        @JsonProperty("report") REPORT
    }
}
