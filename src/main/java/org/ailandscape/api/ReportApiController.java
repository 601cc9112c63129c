package org.ailandscape.api;

import org.ailandscape.link.PageState;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ailandscape.report.Citation;
import org.ailandscape.report.CompanyQuery;
import org.ailandscape.report.ReportService;
import org.ailandscape.report.ReportSnapshot;
import org.ailandscape.report.SearchHit;
import org.ailandscape.report.model.Companies.Company;
import org.ailandscape.report.model.Figure;
import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Report;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only API: the whole dataset, the companies with the page's filter and sort parameters (as
 * JSON or CSV), and search. Malformed parameters are ignored, as on the page.
 */
@RestController
@RequestMapping("/api")
class ReportApiController {

    private final ReportService service;

    ReportApiController(ReportService service) {
        this.service = service;
    }

    /** The whole dataset in both languages, with how to cite it. */
    @GetMapping(value = "/report", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> report(@RequestParam(required = false) @Nullable String download,
            @RequestParam(required = false) @Nullable String version) {
        ReportSnapshot snapshot = VersionProblem.snapshot(service, version);
        Map<String, Object> body = body(snapshot);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (download != null) response.header(HttpHeaders.CONTENT_DISPOSITION, attachment("ai-industry-landscape-2026.json"));
        return response.body(body);
    }

    /** The companies the parameters select, in the reader's language. */
    @GetMapping(value = "/companies", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> companies(@RequestParam Map<String, String> parameters) {
        Language language = ApiParameters.language(parameters);
        ReportSnapshot snapshot = VersionProblem.snapshot(service, parameters.get(PageState.VERSION));
        CompanyQuery query = ApiParameters.companyQuery(parameters, snapshot);
        List<Company> companies = snapshot.companies(query, language);
        Report report = snapshot.report();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("citation", Citation.of(snapshot, language));
        body.put("version", snapshot.dataset().id());
        body.put("language", language.key());
        body.put("query", ApiParameters.describe(query));
        body.put("count", companies.size());
        body.put("total", report.companies().companies().size());
        body.put("companies", companies.stream().map(c -> row(report, c, language)).toList());
        return body;
    }

    /** The same selection as a CSV file (UTF-8 with a byte-order mark, so spreadsheets read the Chinese). */
    @GetMapping(value = "/companies.csv")
    ResponseEntity<byte[]> companiesCsv(@RequestParam Map<String, String> parameters) {
        Language language = ApiParameters.language(parameters);
        ReportSnapshot snapshot = VersionProblem.snapshot(service, parameters.get(PageState.VERSION));
        CompanyQuery query = ApiParameters.companyQuery(parameters, snapshot);
        String csv = CsvFiles.companies(snapshot, query, language);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("ai-landscape-2026-companies-" + language.key() + ".csv"))
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    /** Where a term occurs in the report, in either language. */
    @GetMapping(value = "/search", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> search(@RequestParam(name = "q", required = false, defaultValue = "") String q,
            @RequestParam(required = false) @Nullable String version) {
        String term = q.length() > 100 ? q.substring(0, 100) : q;
        List<SearchHit> hits = VersionProblem.snapshot(service, version).search(term);
        return Map.of("q", term, "count", hits.size(), "hits", hits.stream().map(h -> Map.of(
                "section", h.section().id(), "item", h.itemId(), "title", h.title(), "snippet", h.snippet(),
                "language", h.language().key())).toList());
    }

    private static Map<String, Object> row(Report report, Company company, Language language) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", company.id());
        row.put("name", company.name().in(language));
        row.put("layer", Map.of("id", company.layer(), "name",
                report.layer(company.layer()).map(l -> l.name().in(language)).orElse(company.layer())));
        row.put("segments", company.segments());
        row.put("description", company.description().in(language));
        Map<String, Object> scale = new LinkedHashMap<>();
        scale.put("display", company.scale().display().in(language));
        if (company.scale().kind() != null) scale.put("kind", company.scale().kind().name().toLowerCase());
        if (company.scale().figure() != null) scale.put("figure", company.scale().figure());
        row.put("scale", scale);
        return row;
    }

    /** The body of /api/report: the version, how to cite it, and the whole dataset. */
    static Map<String, Object> body(ReportSnapshot snapshot) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", snapshot.dataset().id());
        body.put("citation", Map.of("en", Citation.of(snapshot, Language.EN), "zh", Citation.of(snapshot, Language.ZH)));
        body.put("report", snapshot.report());
        return body;
    }

    static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
    }
}
