package org.ailandscape.report.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** market-structure.json: the market segments with their size/growth signal. */
@JsonIgnoreProperties("$schema")
public record MarketStructure(Text heading, List<MarketSegment> segments) {

    public record MarketSegment(String id, String icon, Text name, Text signal, Text description,
            @Nullable List<String> keyCompanies, List<Figure> figures) {

        public List<String> keyCompaniesOrEmpty() {
            return keyCompanies == null ? List.of() : keyCompanies;
        }
    }
}
