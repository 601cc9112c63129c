package org.ailandscape.report;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the reader asked of the company table: a text (matched in both languages, every word must
 * match), layers (any of them), value-chain segments (any of them), and a sort.
 */
public record CompanyQuery(String text, Set<String> layers, Set<String> segments, @Nullable Sort sort) {

    public static final CompanyQuery ALL = new CompanyQuery("", Set.of(), Set.of(), null);

    public CompanyQuery {
        text = text.strip();
        layers = Set.copyOf(layers);
        segments = Set.copyOf(segments);
    }

    public enum Column { COMPANY, LAYER, ROLE, SCALE }

    public record Sort(Column column, boolean ascending) {}

    public CompanyQuery withText(String newText) { return new CompanyQuery(newText, layers, segments, sort); }

    public CompanyQuery withLayers(Set<String> newLayers) { return new CompanyQuery(text, newLayers, segments, sort); }

    public CompanyQuery withSegments(Set<String> newSegments) { return new CompanyQuery(text, layers, newSegments, sort); }

    public CompanyQuery withSort(@Nullable Sort newSort) { return new CompanyQuery(text, layers, segments, newSort); }
}
