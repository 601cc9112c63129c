package org.ailandscape.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ailandscape.report.CompanyQuery;
import org.ailandscape.report.ReportService;
import org.ailandscape.report.model.Language;
import org.ailandscape.ui.PageState;

/**
 * The API reads the page's URL parameters (lang, q, layers, sort, node) the same forgiving way:
 * whatever is malformed or unknown is ignored.
 */
final class ApiParameters {

    private ApiParameters() {}

    static Language language(Map<String, String> parameters) {
        return "zh".equalsIgnoreCase(parameters.getOrDefault("lang", "").strip()) ? Language.ZH : Language.EN;
    }

    /** The page's own parsing (PageState), so the API and the page read a link the same way. */
    static CompanyQuery companyQuery(Map<String, String> parameters, ReportService service) {
        Map<String, List<String>> multi = new LinkedHashMap<>();
        parameters.forEach((name, value) -> multi.put(name, List.of(value)));
        PageState state = PageState.parse(multi);
        Set<String> knownLayers = service.report().companies().layers().stream().map(l -> l.id()).collect(Collectors.toSet());
        Set<String> layers = state.layers().stream().filter(knownLayers::contains).collect(Collectors.toSet());
        Set<String> segments = state.node() == null ? Set.of() : service.segmentsFor(state.node());
        return new CompanyQuery(state.q(), layers, segments, state.sort());
    }

    static Map<String, Object> describe(CompanyQuery query) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("q", query.text());
        described.put("layers", query.layers().stream().sorted().toList());
        described.put("segments", query.segments().stream().sorted().toList());
        if (query.sort() != null) described.put("sort", PageState.EMPTY.withSort(query.sort()).toParameters().get(PageState.SORT));
        return described;
    }
}
