package org.ailandscape.report.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** regions.json: the global competitive landscape. */
@JsonIgnoreProperties("$schema")
public record Regions(Text heading, List<Region> regions) {

    public record Region(String id, String flag, Text name, Text description, List<Figure> figures) {}
}
