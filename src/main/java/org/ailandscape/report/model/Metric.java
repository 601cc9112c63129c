package org.ailandscape.report.model;

import java.util.List;

/** A headline metric or KPI card: label, the value as displayed, its explanation and sources. */
public record Metric(
        String id,
        Text label,
        Text display,
        String primaryFigure,
        Text explanation,
        Text sourceLine,
        List<String> sources,
        List<Figure> figures) {

    public Figure primary() {
        return figures.stream().filter(f -> f.id().equals(primaryFigure)).findFirst().orElseThrow();
    }
}
