package org.ailandscape.report.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** forces.json: the forces shaping the industry. */
@JsonIgnoreProperties("$schema")
public record Forces(Text heading, List<Force> forces) {

    public record Force(String id, String icon, Text title, Text description, List<Figure> figures) {}
}
