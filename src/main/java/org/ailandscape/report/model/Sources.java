package org.ailandscape.report.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** sources.json: every source the report names. */
@JsonIgnoreProperties("$schema")
public record Sources(List<Source> sources) {}
