package org.ailandscape.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ailandscape.report.CompanyQuery;
import org.ailandscape.report.model.Language;
import org.ailandscape.link.PageState;
import org.ailandscape.report.ReportSnapshot;

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
    static CompanyQuery companyQuery(Map<String, String> parameters, ReportSnapshot snapshot) {
        return state(parameters, snapshot).companyQuery(snapshot);
    }

    /** The page's state the parameters describe, without what the report does not know. */
    static PageState state(Map<String, String> parameters, ReportSnapshot snapshot) {
        Map<String, List<String>> multi = new LinkedHashMap<>();
        parameters.forEach((name, value) -> multi.put(name, List.of(value)));
        return PageState.parse(multi).knownTo(snapshot.report());
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
