package org.ailandscape.report.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** overview.json: the headline metrics and the industry's phase with its eras. */
@JsonIgnoreProperties("$schema")
public record Overview(List<Metric> headlineMetrics, Phase phase) {

    public record Phase(Text label, Text display, Text intro, Text sourceLine, List<String> sources, List<Era> eras) {}

    public record Era(String id, String marker, Text name, Text period, Text description, boolean current) {}
}
