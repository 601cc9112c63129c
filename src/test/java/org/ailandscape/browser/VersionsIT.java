package org.ailandscape.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.ailandscape.report.DataFixtures.at;
import static org.ailandscape.report.DataFixtures.editJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ailandscape.report.DataFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every version kept, end to end, on the production jar: a live correction of the data folder makes a
 * second version; both are read through the page (the older one with its banner and what changed) and
 * the API; the server restarts on the same version store and both read the same again. Permalinks of
 * a malformed or unknown version answer 400 and 404, a returning reader is told what changed, and the
 * first response describes the dataset (JSON-LD) and offers oEmbed.
 */
class VersionsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Playwright playwright;
    private static Browser browser;

    @TempDir
    Path store;

    private Process server;
    private final List<String> log = new ArrayList<>();
    private int port;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create();
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu"));
        String configured = System.getenv("CHROMIUM_PATH");
        Path chromium = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("/usr/bin/chromium");
        if (Files.isExecutable(chromium)) options.setExecutablePath(chromium);
        browser = playwright.chromium().launch(options);
    }

    @AfterAll
    static void close() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }

    @AfterEach
    void stop() throws InterruptedException {
        stopServer();
    }

    @Test
    void aCorrectionIsANewVersionAndBothAreReadBeforeAndAfterARestart() throws Exception {
        Path data = DataFixtures.copyInNewFolder("versions-it-data");
        start(data);
        JsonNode versions = getJson("/api/versions");
        String first = versions.get("latest").asString();
        String firstPublished = versions.get("versions").get(0).get("published").asString();
        String before = getJson("/api/report").get("report").get("kpis").get("kpis").get(0).get("display").get("en").asString();
        assertThat(before).isNotEqualTo("$1.31T");

        editJson(data, "kpis.json", root -> {
            at(root, "/kpis/0/display").put("en", "$1.31T").put("zh", "$1.31T");
            at(root, "/kpis/0/figures/0").put("value", 1_310_000_000_000L);
            at(root, "/kpis/0/figures/0/display").put("en", "$1.31T").put("zh", "$1.31T");
        });
        String second = awaitLatestOtherThan(first);

        readBoth(first, second, before);
        JsonNode changes = getJson("/api/changes?since=" + first);
        assertThat(changes.get("count").asInt()).isEqualTo(5);
        assertThat(changes.get("changes")).anySatisfy(change -> {
            assertThat(change.get("figure").asString()).isEqualTo("semiconductor-revenue-2026");
            assertThat(change.get("file").asString()).isEqualTo("kpis.json");
            assertThat(change.get("path").asString()).isEqualTo("$.kpis[0].figures[0].value");
            assertThat(change.get("old").asLong()).isEqualTo(1_290_000_000_000L);
            assertThat(change.get("new").asLong()).isEqualTo(1_310_000_000_000L);
            assertThat(change.get("version").asString()).isEqualTo(second);
        });

        stopServer();
        start(data);
        JsonNode afterRestart = getJson("/api/versions");
        assertThat(afterRestart.get("latest").asString()).isEqualTo(second);
        assertThat(afterRestart.get("versions")).extracting(v -> v.get("id").asString()).containsExactly(second, first);
        assertThat(afterRestart.get("versions").get(1).get("published").asString()).as("the first publication's time, kept")
                .isEqualTo(firstPublished);
        readBoth(first, second, before);
    }

    /** Reads both versions through the API and the page. */
    private void readBoth(String first, String second, String before) throws Exception {
        assertThat(getJson("/api/versions/" + first).get("report").get("kpis").get("kpis").get(0).get("display").get("en").asString()).isEqualTo(before);
        assertThat(getJson("/api/versions/" + second).get("report").get("kpis").get("kpis").get(0).get("display").get("en").asString()).isEqualTo("$1.31T");
        assertThat(getJson("/api/report?version=" + first).get("version").asString()).endsWith("." + first);
        assertThat(get("/api/companies.csv?version=" + first).body()).contains(first);
        assertThat(get("/embed/section/kpis?version=" + first).body()).contains(before).doesNotContain("$1.31T");

        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-US"))) {
            Page page = context.newPage();
            page.navigate(url("/?lang=en"));
            assertThat(page.locator("#metric-semiconductor-revenue .metric-value")).hasText("$1.31T");
            assertThat(page.locator("#version-banner")).hasCount(0);

            page.navigate(url("/?lang=en&version=" + first));
            assertThat(page.locator("#metric-semiconductor-revenue .metric-value")).hasText(before);
            assertThat(page.locator("#version-banner")).containsText(first);
            assertThat(page.locator("#version-banner .version-latest")).hasAttribute("href", "?lang=en");
            page.locator("#changes > summary").click();
            assertThat(page.locator("#changes .change-list")).containsText("$.kpis[0].figures[0].value");
            assertThat(page.locator("#changes .change-list")).containsText("$1.31T");
            // The live page keeps the version: a language switch stays on it.
            page.locator("#lang-zh").click();
            page.waitForURL(u -> u.contains("lang=zh") && u.contains("version=" + first));
            assertThat(page.locator("#metric-semiconductor-revenue .metric-value")).hasText(before);

            // A returning reader who last saw the first version is told on the latest what changed, and nothing is sent.
            page.navigate(url("/actuator/health"));
            List<String> asked = new ArrayList<>();
            page.onRequest(request -> asked.add(request.url()));
            page.evaluate("v => localStorage.setItem('ai-landscape.version', v)", first);
            page.navigate(url("/?lang=en"));
            assertThat(page.locator("#returning")).containsText("2 figures changed since you last read");
            assertThat(page.locator("#returning a")).hasAttribute("href", "?lang=en&version=" + first + "#changes");
            assertThat(asked).noneMatch(u -> u.contains(first));
        }
    }

    @Test
    void aMalformedOrUnknownVersionGetsItsOwnPageAndTheFirstResponseDescribesTheDataset() throws Exception {
        start(DataFixtures.copyInNewFolder("versions-it-errors"));
        HttpResponse<String> malformed = get("/?version=not-a-version");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("This is not a version of the report").contains("Open the latest report");
        HttpResponse<String> unknown = get("/?version=0123456789");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("This version of the report does not exist").contains("href=\"./\"");
        assertThat(get("/api/report?version=0123456789").statusCode()).isEqualTo(404);
        assertThat(get("/api/report?version=zz").statusCode()).isEqualTo(400);
        assertThat(get("/api/changes?since=zz").statusCode()).isEqualTo(400);
        assertThat(get("/embed/section/kpis?version=0123456789").statusCode()).isEqualTo(404);

        String page = get("/?lang=zh").body();
        String latest = getJson("/api/versions").get("latest").asString();
        org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(page);
        JsonNode dataset = JSON.readTree(document.selectFirst("script[type=application/ld+json]").data());
        assertThat(dataset.get("@type").asString()).isEqualTo("Dataset");
        assertThat(dataset.get("version").asString()).endsWith("." + latest);
        assertThat(dataset.get("name")).extracting(n -> n.get("@language").asString()).containsExactly("en", "zh-Hans");
        assertThat(dataset.get("distribution")).extracting(d -> d.get("encodingFormat").asString())
                .containsExactly("application/json", "text/csv", "application/zip");
        String oembed = document.selectFirst("link[rel=alternate][type=application/json+oembed]").attr("href");
        assertThat(oembed).startsWith(url("/oembed?url="));
        JsonNode answer = getJson(URI.create(oembed).getRawPath() + "?" + URI.create(oembed).getRawQuery());
        assertThat(answer.get("type").asString()).isEqualTo("rich");
        assertThat(answer.get("html").asString()).startsWith("<iframe src=\"" + url("/embed/section/overview?lang=zh"));

        JsonNode chart = getJson("/oembed?format=json&url=" + URLEncoder.encode(url("/?lang=en#chart-metric-hierarchy"), StandardCharsets.UTF_8));
        assertThat(chart.get("html").asString()).contains(url("/embed/chart/metric-hierarchy?lang=en"));
        assertThat(get("/oembed?url=" + URLEncoder.encode("https://elsewhere.example/?section=kpis", StandardCharsets.UTF_8)).statusCode()).isEqualTo(404);
        assertThat(get("/oembed?format=xml&url=" + URLEncoder.encode(url("/"), StandardCharsets.UTF_8)).statusCode()).isEqualTo(501);
    }

    private String awaitLatestOtherThan(String version) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            String latest = getJson("/api/versions").get("latest").asString();
            if (!latest.equals(version)) return latest;
            Thread.sleep(100);
        }
        throw new AssertionError("the correction made no new version within 20 s; the server said:\n" + String.join("\n", log));
    }

    private void start(Path data) throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", jar().toString(), "--server.port=" + port)).redirectErrorStream(true);
        builder.environment().put("REPORT_DATA_DIR", data.toString());
        builder.environment().put("REPORT_STORE_DIR", store.toString());
        server = builder.start();
        Process started = server;
        Thread reader = new Thread(() -> {
            try {
                started.inputReader().lines().forEach(line -> {
                    synchronized (log) {
                        log.add(line);
                    }
                });
            } catch (java.io.UncheckedIOException e) {
                // the server has stopped
            }
        });
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) throw new AssertionError("the server stopped:\n" + String.join("\n", log));
            try {
                if (get("/actuator/health").statusCode() == 200) return;
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not come up:\n" + String.join("\n", log));
    }

    private void stopServer() throws InterruptedException {
        if (server == null) return;
        server.destroy();
        if (!server.waitFor(30, TimeUnit.SECONDS)) server.destroyForcibly().waitFor();
        server = null;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(20)).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("ai-landscape-.*\\.jar")).findFirst().orElseThrow();
        }
    }
}
