package org.ailandscape.report.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** kpis.json: the KPI cards. */
@JsonIgnoreProperties("$schema")
public record Kpis(List<Metric> kpis) {}
