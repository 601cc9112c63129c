package org.ailandscape.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ailandscape.link.PageState;
import org.ailandscape.link.ReadingMode;
import org.ailandscape.figures.ChartFigures;
import org.ailandscape.reading.PageView;
import org.ailandscape.reading.Translations;
import org.ailandscape.report.Citation;
import org.ailandscape.report.CompanyQuery;
import org.ailandscape.report.ReportService;
import org.ailandscape.report.ReportSnapshot;
import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Report;
import org.ailandscape.report.model.Source;
import org.ailandscape.share.Cite;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.ObjectMapper;

/**
 * What a reader takes away: a chart's numbers as CSV, the whole dataset as a zip, and how to cite the
 * report, a section or a figure. Every file and citation carries the dataset version.
 */
@RestController
class ShareController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private final ReportService service;
    private final Translations translations;
    private final ObjectMapper json;

    ShareController(ReportService service, Translations translations, ObjectMapper json) {
        this.service = service;
        this.translations = translations;
        this.json = json;
    }

    /** A chart's numbers (the figure charts' tables, the Sankey's links) in {@code lang}, as the page's table shows them. */
    @GetMapping("/api/charts/{chartId}.csv")
    ResponseEntity<byte[]> chartCsv(@PathVariable String chartId, @RequestParam Map<String, String> parameters) {
        Language language = ApiParameters.language(parameters);
        ReportSnapshot snapshot = VersionProblem.snapshot(service, parameters.get(PageState.VERSION));
        return ChartFigures.table(chartId, view(snapshot, language))
                .map(table -> ResponseEntity.ok().contentType(CSV)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ReportApiController.attachment(fileName(snapshot, chartId, language)))
                        .body(CsvFiles.table(snapshot, table, language).getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** Every table as CSV (both languages), the dataset as JSON, and a README with the sources, the version and the disclaimer. */
    @GetMapping("/api/report.zip")
    ResponseEntity<byte[]> zip(@RequestParam(required = false) @org.jspecify.annotations.Nullable String version) {
        ReportSnapshot snapshot = VersionProblem.snapshot(service, version);
        String folder = "ai-landscape-" + snapshot.report().info().edition() + "-" + snapshot.dataset().id() + "/";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            add(zip, folder + "README.txt", readme(snapshot));
            add(zip, folder + "report.json", json.writerWithDefaultPrettyPrinter().writeValueAsString(ReportApiController.body(snapshot)));
            for (Language language : Language.values()) {
                add(zip, folder + "companies-" + language.key() + ".csv", CsvFiles.companies(snapshot, CompanyQuery.ALL, language));
                PageView view = view(snapshot, language);
                for (String chartId : ChartFigures.ids(snapshot.report())) {
                    ChartFigures.table(chartId, view).ifPresent(table ->
                            add(zip, folder + "charts/" + chartId + "-" + language.key() + ".csv", CsvFiles.table(snapshot, table, language)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ReportApiController.attachment(folder.replace("/", "") + ".zip"))
                .body(bytes.toByteArray());
    }

    /**
     * How to cite the view the parameters describe (the page's own), or the figure {@code item} names:
     * {@code format=apa|bibtex|gbt7714|plain} as text, {@code csl-json} as CSL-JSON, none: all of them.
     */
    @GetMapping("/api/cite")
    ResponseEntity<?> cite(@RequestParam Map<String, String> parameters) {
        ReportSnapshot snapshot = VersionProblem.snapshot(service, parameters.get(PageState.VERSION));
        Report report = snapshot.report();
        // A citation names its version and links to it: the permalink, whatever is published later.
        PageState state = ApiParameters.state(parameters, snapshot).withVersion(snapshot.version());
        Language language = ApiParameters.language(parameters);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        Cite cite = Cite.of(report, state, parameters.get("item"), language, translations::get, snapshot.dataset(), base,
                LocalDate.now(ZoneOffset.UTC));
        String asked = parameters.get("format");
        if (asked == null || asked.isBlank()) {
            Map<String, Object> all = new LinkedHashMap<>();
            for (Cite.Format format : Cite.Format.values()) {
                all.put(format.id(), format == Cite.Format.CSL_JSON ? List.of(cite.cslJson()) : cite.text(format));
            }
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(all);
        }
        return Cite.Format.byId(asked).<ResponseEntity<?>>map(format -> format == Cite.Format.CSL_JSON
                        ? ResponseEntity.ok().contentType(MediaType.parseMediaType("application/vnd.citationstyles.csl+json")).body(List.of(cite.cslJson()))
                        : ResponseEntity.ok().contentType(TEXT).body(cite.text(format)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON).body(Map.of(
                        "error", "unknown format '" + asked.strip() + "'",
                        "formats", java.util.Arrays.stream(Cite.Format.values()).map(Cite.Format::id).toList())));
    }

    /** The page in one language (what the chart tables are rendered from for the CSV files). */
    private PageView view(ReportSnapshot snapshot, Language language) {
        return PageView.of(snapshot, PageState.EMPTY.withLang(ReadingMode.of(language)), language, translations);
    }

    private static String fileName(ReportSnapshot snapshot, String chartId, Language language) {
        return "ai-landscape-" + snapshot.report().info().edition() + "-" + chartId + "-" + language.key() + ".csv";
    }

    private static String readme(ReportSnapshot snapshot) {
        Report report = snapshot.report();
        StringBuilder text = new StringBuilder();
        for (Language language : Language.values()) {
            text.append(report.info().title().in(language)).append('\n')
                    .append(report.info().kicker().in(language)).append('\n');
        }
        text.append("\nDataset version / 数据版本: ").append(snapshot.dataset().id()).append('\n')
                .append("Edition / 版本: ").append(report.info().edition()).append("\n\n");
        text.append("How to cite / 引用:\n");
        for (Language language : Language.values()) text.append("  ").append(Citation.of(snapshot, language)).append('\n');
        text.append("\nFiles / 文件:\n")
                .append("  report.json            the whole dataset, both languages / 全部数据(中英双语)\n")
                .append("  companies-en.csv, -zh  the company table / 代表企业表\n")
                .append("  charts/<chart>-en.csv  each chart's numbers, as the page's tables show them / 各图表数据\n")
                .append("  CSV: UTF-8 with a byte-order mark; the first row is the citation / UTF-8(带 BOM),首行为引用\n");
        text.append("\nSources / 来源:\n");
        for (Source source : report.sources().sources()) {
            text.append("  [").append(source.id()).append("] ");
            if (source.publisher() != null) text.append(source.publisher().in(Language.EN));
            if (source.title() != null) text.append(" — ").append(source.title().in(Language.EN));
            if (source.date() != null) text.append(" (").append(source.date().in(Language.EN)).append(")");
            text.append('\n');
        }
        text.append("\nDisclaimer / 免责声明:\n");
        for (Language language : Language.values()) text.append("  ").append(report.info().disclaimer().in(language)).append('\n');
        return text.toString();
    }

    private static void add(ZipOutputStream zip, String name, String content) {
        try {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
