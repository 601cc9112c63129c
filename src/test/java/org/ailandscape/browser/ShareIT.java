package org.ailandscape.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ailandscape.figures.ChartFigures;
import org.ailandscape.report.ReportService;
import org.ailandscape.report.ReportSnapshot;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Share and reuse over plain HTTP: the charts' CSV, the dataset zip, citations, the dataset version and ETags. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShareIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ReportService service;

    private HttpResponse<byte[]> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).GET();
        for (int i = 0; i < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String text(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void everyChartHasItsNumbersAsCsvInEachLanguageWithTheCitationAndTheVersion() throws Exception {
        ReportSnapshot snapshot = service.snapshot();
        String version = snapshot.dataset().id();
        assertThat(version).matches("\\d{4}-\\d{2}-\\d{2}\\.[0-9a-f]{10}");
        List<String> charts = ChartFigures.ids(snapshot.report());
        assertThat(charts).contains("value-chain").hasSizeGreaterThan(3);
        for (String chart : charts) {
            HttpResponse<byte[]> response = get("/api/charts/" + chart + ".csv?lang=zh");
            assertThat(response.statusCode()).as(chart).isEqualTo(200);
            assertThat(response.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
            assertThat(response.headers().firstValue("content-disposition").orElse("")).contains("attachment").contains(chart);
            List<CSVRecord> rows = csv(new String(response.body(), StandardCharsets.UTF_8));
            assertThat(rows.getFirst().get(0)).as(chart).contains(version).contains("来源");
            assertThat(rows.size()).as(chart + ": citation, header and data").isGreaterThan(2);
        }
        List<CSVRecord> sankey = csv(text("/api/charts/value-chain.csv?lang=en"));
        assertThat(sankey.getFirst().get(0)).startsWith("Source:").contains(version);
        assertThat(sankey).hasSize(2 + snapshot.report().valueChain().links().size());
        assertThat(get("/api/charts/no-such-chart.csv").statusCode()).isEqualTo(404);
    }

    @Test
    void theDatasetZipHoldsEveryTableTheJsonAndAReadme() throws Exception {
        HttpResponse<byte[]> response = get("/api/report.zip");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type").orElse("")).isEqualTo("application/zip");
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                entries.put(entry.getName().substring(entry.getName().indexOf('/') + 1), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        ReportSnapshot snapshot = service.snapshot();
        String version = snapshot.dataset().id();
        assertThat(entries).containsKeys("README.txt", "report.json", "companies-en.csv", "companies-zh.csv");
        for (String chart : ChartFigures.ids(snapshot.report())) assertThat(entries).containsKeys("charts/" + chart + "-en.csv", "charts/" + chart + "-zh.csv");
        String readme = entries.get("README.txt");
        assertThat(readme).contains(version).contains(snapshot.report().info().disclaimer().en()).contains(snapshot.report().info().disclaimer().zh());
        snapshot.report().sources().sources().forEach(source -> assertThat(readme).contains("[" + source.id() + "]"));
        JsonNode json = JSON.readTree(entries.get("report.json"));
        assertThat(json.path("version").asString()).isEqualTo(version);
        assertThat(json.path("report").path("companies").path("companies")).hasSize(snapshot.report().companies().companies().size());
        assertThat(csv(entries.get("companies-zh.csv"))).hasSize(2 + snapshot.report().companies().companies().size());
    }

    @Test
    void everyCitationFormatOfAFigureHoldsItsPermalinkAndTheVersion() throws Exception {
        String version = service.snapshot().dataset().id();
        // The permalink: the view of this very version, whatever is published later.
        String permalink = "http://localhost:" + port + "/?lang=zh&version=" + service.snapshot().version() + "&section=kpis#metric-semiconductor-revenue";
        for (String format : List.of("apa", "bibtex", "gbt7714", "plain")) {
            HttpResponse<byte[]> response = get("/api/cite?format=" + format + "&lang=zh&item=semiconductor-revenue");
            assertThat(response.statusCode()).as(format).isEqualTo(200);
            assertThat(response.headers().firstValue("content-type").orElse("")).startsWith("text/plain");
            String citation = new String(response.body(), StandardCharsets.UTF_8);
            String url = format.equals("bibtex") ? permalink.replace("#", "\\#") : permalink;
            assertThat(citation).as(format).contains(url).contains(version).contains("人工智能");
        }
        JsonNode csl = JSON.readTree(text("/api/cite?format=csl-json&item=semiconductor-revenue&lang=en"));
        assertThat(csl.get(0).path("URL").asString()).isEqualTo("http://localhost:" + port + "/?lang=en&version=" + service.snapshot().version()
                + "&section=kpis#metric-semiconductor-revenue");
        assertThat(csl.get(0).path("version").asString()).isEqualTo(version);
        assertThat(csl.get(0).path("type").asString()).isEqualTo("dataset");
        assertThat(csl.get(0).path("title").asString()).contains("Semiconductor revenue");

        // A chart, a section with the page's own state, and the report itself.
        String id = service.snapshot().version();
        assertThat(text("/api/cite?format=plain&item=value-chain")).contains("/?version=" + id + "&section=value-chain#value-chain");
        assertThat(text("/api/cite?format=apa&lang=en&section=faq&faq=rlhf")).contains("/?lang=en&version=" + id + "&section=faq&faq=rlhf")
                .contains("Frequently Asked Questions");
        JsonNode all = JSON.readTree(text("/api/cite"));
        assertThat(all.propertyNames()).containsExactly("apa", "bibtex", "gbt7714", "plain", "csl-json");

        HttpResponse<byte[]> unknown = get("/api/cite?format=mla");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(new String(unknown.body(), StandardCharsets.UTF_8)).contains("unknown format 'mla'").contains("gbt7714");
    }

    @Test
    void theApiAnswersIfNoneMatchWithNotModified() throws Exception {
        HttpResponse<byte[]> first = get("/api/report");
        String etag = first.headers().firstValue("etag").orElseThrow();
        assertThat(JSON.readTree(first.body()).path("version").asString()).isEqualTo(service.snapshot().dataset().id());
        HttpResponse<byte[]> again = get("/api/report", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(get("/api/report", "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);
        assertThat(get("/api/charts/value-chain.csv").headers().firstValue("etag")).isPresent();

        HttpResponse<byte[]> embed = get("/embed/chart/market-size?lang=zh");
        assertThat(embed.statusCode()).isEqualTo(200);
        assertThat(embed.headers().firstValue("set-cookie")).as("an embed opens no session").isEmpty();
        assertThat(embed.headers().firstValue("content-security-policy").orElse("")).endsWith("frame-ancestors *");
        assertThat(embed.headers().firstValue("x-frame-options")).isEmpty();
        assertThat(get("/embed/chart/market-size?lang=zh", "If-None-Match", embed.headers().firstValue("etag").orElseThrow()).statusCode())
                .isEqualTo(304);
        assertThat(get("/embed/chart/no-such-chart").statusCode()).isEqualTo(404);
        assertThat(get("/embed/section/no-such-section").statusCode()).isEqualTo(404);
    }

    @Test
    void theFirstResponseCarriesCitationTagsAndTheFooterTheVersion() throws Exception {
        Document page = Jsoup.parse(text("/?lang=zh&section=kpis"));
        String version = service.snapshot().dataset().id();
        assertThat(page.select("meta[name=citation_title]").attr("content")).contains("人工智能");
        assertThat(page.select("meta[name=citation_public_url]").attr("content")).endsWith("/?lang=zh&section=kpis");
        assertThat(page.select("meta[name=citation_technical_report_number]").attr("content")).isEqualTo(version);
        assertThat(page.select("meta[name=citation_publication_date]").attr("content")).isEqualTo("2026");
        assertThat(page.select("#page-footer").text()).contains(version);
    }
}
