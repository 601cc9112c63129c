package org.ailandscape.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.ailandscape.report.ReportService;
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

/** What a crawler, a link preview or a script sees over plain HTTP, with no browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ReportService service;

    private HttpResponse<byte[]> get(String pathAndQuery, String acceptLanguage) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Accept-Language", acceptLanguage).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private Document page(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get(pathAndQuery, "en-US");
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8));
    }

    private static String meta(Document document, String selector) {
        return document.select(selector).attr("content");
    }

    @Test
    void eachDeepLinkHasItsOwnTitleDescriptionPreviewAndCanonicalUrl() throws Exception {
        Document home = page("/");
        assertThat(home.select("html").attr("lang")).isEqualTo("en");
        assertThat(home.title()).isEqualTo("AI INDUSTRY LANDSCAPE 2026");
        assertThat(meta(home, "meta[name=description]")).contains("Market Size: ~$376B → $2.5T by 2033");
        assertThat(meta(home, "meta[property=og:image]")).endsWith("/preview.png");
        assertThat(home.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:" + port + "/");

        Document faq = page("/?lang=zh&faq=euv-lithography");
        assertThat(faq.select("html").attr("lang")).isEqualTo("zh-Hans");
        assertThat(faq.title()).startsWith("什么是EUV光刻?它对AI为何重要?");
        assertThat(meta(faq, "meta[property=og:description]")).startsWith("EUV(极紫外)光刻");
        assertThat(meta(faq, "meta[property=og:image]")).contains("/preview.png?lang=zh&faq=euv-lithography");
        assertThat(faq.select("link[rel=canonical]").attr("href")).endsWith("/?lang=zh&faq=euv-lithography");
        assertThat(meta(faq, "meta[name=twitter:card]")).isEqualTo("summary_large_image");

        Document kpi = page("/?info=semiconductor-revenue");
        assertThat(kpi.title()).startsWith("Semiconductor revenue 2026 (AI-driven): $1.29T");
        assertThat(meta(kpi, "meta[name=description]")).contains("IDC Semiconductor Forecast, Apr 2026");

        Document section = page("/?section=forces&lang=en");
        assertThat(section.title()).startsWith("Forces Shaping The Industry");

        Document node = page("/?node=legal-ai");
        assertThat(node.title()).startsWith("Legal AI");
        assertThat(meta(node, "meta[property=og:description]")).contains("contract review");
    }

    @Test
    void theLanguageOfAPlainLinkFollowsTheBrowser() throws Exception {
        HttpResponse<byte[]> response = get("/", "zh-CN,zh;q=0.9");
        Document document = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8));
        assertThat(document.select("html").attr("lang")).isEqualTo("zh-Hans");
        assertThat(document.title()).isEqualTo("人工智能行业全景报告 2026");
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndNoServerBanner() throws Exception {
        for (String url : List.of("/", "/?lang=zh", "/api/report", "/api/companies.csv", "/preview.png", "/robots.txt", "/no-such-page")) {
            HttpResponse<byte[]> response = get(url, "en");
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(url).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(url).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(url).hasValue("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("X-Frame-Options")).as(url).hasValue("DENY");
            assertThat(headers.firstValue("Permissions-Policy")).as(url).isPresent();
            assertThat(headers.firstValue("Server")).as(url).isEmpty();
        }
    }

    @Test
    void hostileHeadersNeverReachThePageAsMarkup() throws Exception {
        String[][] cases = {
            {"Host", "evil.example\"><script>alert(1)</script>"},
            {"Accept-Language", "<script>alert(1)</script>;q=1, zh;q=%%%"},
            {"X-Forwarded-Host", "evil.example\"><img src=x onerror=alert(1)>"},
            {"Referer", "javascript:alert(1)"},
        };
        for (String[] header : cases) {
            boolean host = header[0].equals("Host");
            RawHttp.Response response = host ? RawHttp.get(port, "/?lang=en", header[1])
                    : RawHttp.get(port, "/?lang=en", "localhost:" + port, header[0] + ": " + header[1]);
            String status = Integer.toString(response.status());
            assertThat(status).as(header[0]).isIn("200", "400");
            assertThat(response.text()).as(header[0]).doesNotContain("<script>alert", "<img src=x", "Exception");
            if (status.equals("200")) {
                Document page = Jsoup.parse(response.body());
                assertThat(page.select("link[rel=canonical]").attr("href")).as(header[0]).doesNotContain("evil", "<", "\"");
            }
        }
    }

    @Test
    void theBundlesHashedFilesAreImmutableAndThePageIsNot() throws Exception {
        HttpResponse<byte[]> page = get("/", "en");
        var matcher = java.util.regex.Pattern.compile("VAADIN/build/[\\w.-]+\\.js").matcher(new String(page.body(), StandardCharsets.UTF_8));
        assertThat(matcher.find()).as("the page loads the bundle").isTrue();
        HttpResponse<byte[]> bundle = get("/" + matcher.group(), "en");
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).doesNotContain("immutable");
        HttpResponse<byte[]> missing = get("/VAADIN/build/nothing-AAAAAAAA.js", "en");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Cache-Control").orElse("")).doesNotContain("immutable");
    }

    @Test
    void onlyHealthIsExposedAndNothingWrites() throws Exception {
        HttpResponse<byte[]> health = get("/actuator/health", "en");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(new String(health.body(), StandardCharsets.UTF_8)).contains("UP");
        assertThat(get("/actuator/health/liveness", "en").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness", "en").statusCode()).isEqualTo(200);
        for (String endpoint : List.of("env", "beans", "configprops", "heapdump", "threaddump", "mappings", "loggers")) {
            String body = new String(get("/actuator/" + endpoint, "en").body(), StandardCharsets.UTF_8);
            assertThat(body).as(endpoint).doesNotContain("\"propertySources\"", "\"beans\"", "\"contexts\"", "\"levels\"");
        }
        for (String url : List.of("/api/report", "/api/companies", "/api/companies.csv", "/preview.png")) {
            HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + url))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).as(url).isIn(403, 405);
        }
    }

    @Test
    void thePreviewImageIsACard() throws Exception {
        HttpResponse<byte[]> response = get("/preview.png?lang=zh&faq=rlhf", "en");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/png"));
        var image = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
    }

    @Test
    void malformedUrlsAnswer200Or404AndNeverShowInternals() throws Exception {
        List<String> urls = new ArrayList<>(List.of(
                "/?lang=", "/?lang=xx", "/?lang=%ZZ", "/?section=../../etc/passwd", "/?faq=%3Cscript%3Ealert(1)%3C/script%3E",
                "/?q=" + "x".repeat(5000), "/?sort=scale-up", "/?sort=", "/?layers=,,,", "/?node=%00", "/?info=${7*7}",
                "/?q=%E4%BD%A0%E5%A5%BD", "/?q={{7*7}}", "/?lang=zh&lang=en", "/?&&&=", "/?=x", "/no-such-page", "/api/nope",
                "/api/companies?sort=%27%20OR%201=1", "/api/companies?layers=../../", "/api/companies.csv?lang=%ZZ",
                "/api/search?q=" + URLEncoder.encode("<img src=x onerror=alert(1)>", StandardCharsets.UTF_8),
                "/preview.png?faq=" + "a".repeat(3000), "/preview.png?lang=both&node=legal-ai", "/..%2f..%2fetc/passwd",
                "/VAADIN/../application.properties", "/%2e%2e/%2e%2e/etc/passwd", "/index.html?lang=zh"));
        List<String> failures = new ArrayList<>();
        for (String url : urls) {
            HttpResponse<byte[]> response;
            try {
                response = get(url, "en");
            } catch (IllegalArgumentException e) {
                continue; // a URL the HTTP client itself refuses to send never reaches us
            }
            String body = new String(response.body(), StandardCharsets.UTF_8);
            int status = response.statusCode();
            if (status != 200 && status != 404 && status != 400) failures.add(status + " " + url);
            if (body.contains("Exception") || body.contains("\tat org.") || body.contains("<script>alert")) failures.add("leak " + url);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theCsvDownloadHasTheCitationTheFilterAndChineseThatSpreadsheetsRead() throws Exception {
        HttpResponse<byte[]> response = get("/api/companies.csv?lang=zh&q=" + URLEncoder.encode("开源", StandardCharsets.UTF_8) + "&sort=scale-desc", "en");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv").contains("UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        byte[] body = response.body();
        assertThat(new byte[] {body[0], body[1], body[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(records.getFirst().get(0)).startsWith("来源:人工智能行业全景报告 2026").contains("IDC");
        assertThat(records.get(1).get(0)).isEqualTo("企业");
        List<String> names = records.subList(2, records.size()).stream().map(r -> r.get(0)).toList();
        List<String> expected = service.snapshot().companies(new org.ailandscape.report.CompanyQuery("开源", java.util.Set.of(), java.util.Set.of(),
                new org.ailandscape.report.CompanyQuery.Sort(org.ailandscape.report.CompanyQuery.Column.SCALE, false)),
                org.ailandscape.report.model.Language.ZH).stream().map(c -> c.name().zh()).toList();
        assertThat(names).isEqualTo(expected).contains("Meta AI", "Mistral AI");
        assertThat(records.get(2).get(5)).isEqualTo("700000000000");
    }

    @Test
    void theJsonApiServesTheDatasetAndTheSameQueriesAsThePage() throws Exception {
        JsonNode report = JSON.readTree(get("/api/report", "en").body());
        assertThat(report.at("/citation/en").asString()).startsWith("Source: AI INDUSTRY LANDSCAPE 2026");
        assertThat(report.at("/report/companies/companies").size()).isEqualTo(12);
        assertThat(report.at("/report/kpis/kpis/0/figures/0/value").asDouble()).isEqualTo(1.29e12);
        assertThat(report.at("/report/faq/items/1/answer/en/1/type").asString()).isEqualTo("table");

        JsonNode companies = JSON.readTree(get("/api/companies?layers=models&sort=scale-desc", "en").body());
        assertThat(companies.get("count").asInt()).isEqualTo(3);
        assertThat(companies.at("/companies/0/name").asString()).isEqualTo("Meta AI");
        assertThat(companies.at("/companies/2/name").asString()).isEqualTo("Mistral AI");
        assertThat(companies.at("/query/sort").asString()).isEqualTo("scale-desc");

        JsonNode search = JSON.readTree(get("/api/search?q=" + URLEncoder.encode("核电", StandardCharsets.UTF_8), "en").body());
        assertThat(search.get("count").asInt()).isGreaterThan(0);
        assertThat(search.at("/hits/0/language").asString()).isEqualTo("zh");
    }
}
