package org.ailandscape.report.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One number of the report: its amount in base units (a point {@code value} or a {@code low}–{@code high}
 * range), unit, qualifier, period, the text as the report writes it, and its sources (ids).
 */
public record Figure(
        String id,
        @Nullable Text label,
        @Nullable Double value,
        @Nullable Double low,
        @Nullable Double high,
        Unit unit,
        Qualifier qualifier,
        @Nullable String period,
        Text display,
        @Nullable Language onlyIn,
        List<String> sources) {

    public enum Unit {
        @JsonProperty("USD") USD,
        @JsonProperty("USD_PER_M_TOKENS") USD_PER_M_TOKENS,
        @JsonProperty("PERCENT") PERCENT,
        @JsonProperty("GW") GW,
        @JsonProperty("NM") NM,
        @JsonProperty("GB") GB,
        @JsonProperty("BITS") BITS,
        @JsonProperty("COUNT") COUNT,
        @JsonProperty("MONTHS") MONTHS,
        @JsonProperty("MULTIPLE") MULTIPLE
    }

    public enum Qualifier {
        @JsonProperty("exact") EXACT,
        @JsonProperty("approx") APPROX,
        @JsonProperty("atLeast") AT_LEAST,
        @JsonProperty("range") RANGE,
        @JsonProperty("rangeAtLeast") RANGE_AT_LEAST,
        @JsonProperty("nearly") NEARLY
    }

    /** The amount used to compare figures: the point value, or the low end of a range. */
    public double amount() {
        if (value != null) return value;
        return low != null ? low : 0;
    }

    public boolean isRange() {
        return value == null && low != null && high != null;
    }
}
