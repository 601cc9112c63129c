package org.ailandscape.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ailandscape.report.CompanyQuery;
import org.ailandscape.report.ReportService;
import org.ailandscape.report.model.Language;

/**
 * The API reads the page's URL parameters (lang, q, layers, sort, node) the same forgiving way:
 * whatever is malformed or unknown is ignored.
 */
final class ApiParameters {

    private static final int MAX_TEXT = 100;

    private ApiParameters() {}

    static Language language(Map<String, String> parameters) {
        return "zh".equalsIgnoreCase(parameters.getOrDefault("lang", "").strip()) ? Language.ZH : Language.EN;
    }

    static CompanyQuery companyQuery(Map<String, String> parameters, ReportService service) {
        String text = parameters.getOrDefault("q", "").replaceAll("\\p{Cntrl}", " ").strip();
        if (text.length() > MAX_TEXT) text = text.substring(0, MAX_TEXT);
        Set<String> knownLayers = service.report().companies().layers().stream().map(l -> l.id()).collect(Collectors.toSet());
        Set<String> layers = split(parameters.get("layers")).stream().filter(knownLayers::contains).collect(Collectors.toSet());
        String node = parameters.getOrDefault("node", "").strip();
        Set<String> segments = node.isEmpty() ? Set.of() : service.segmentsFor(node);
        return new CompanyQuery(text, layers, segments, sort(parameters.get("sort")));
    }

    static Map<String, Object> describe(CompanyQuery query) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("q", query.text());
        described.put("layers", query.layers().stream().sorted().toList());
        described.put("segments", query.segments().stream().sorted().toList());
        if (query.sort() != null) {
            described.put("sort", query.sort().column().name().toLowerCase(Locale.ROOT) + "-" + (query.sort().ascending() ? "asc" : "desc"));
        }
        return described;
    }

    private static List<String> split(@org.jspecify.annotations.Nullable String value) {
        if (value == null || value.isBlank()) return List.of();
        return List.of(value.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static CompanyQuery.@org.jspecify.annotations.Nullable Sort sort(@org.jspecify.annotations.Nullable String value) {
        if (value == null) return null;
        int dash = value.lastIndexOf('-');
        if (dash <= 0) return null;
        String direction = value.substring(dash + 1);
        if (!direction.equals("asc") && !direction.equals("desc")) return null;
        for (CompanyQuery.Column column : CompanyQuery.Column.values()) {
            if (column.name().equalsIgnoreCase(value.substring(0, dash))) return new CompanyQuery.Sort(column, direction.equals("asc"));
        }
        return null;
    }
}
