package org.ailandscape.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.ailandscape.report.ReportService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Embeds in another site's page (a second loopback address, so another site, with third-party
 * cookies blocked), and the page's own share actions: SVG and CSV downloads, the embed snippet, the
 * citations.
 */
class EmbedIT extends BrowserTest {

    @Autowired
    ReportService service;

    private HttpServer host;

    /** Another site: a page on 127.0.0.2 that holds the given HTML. */
    private String hostPage(String html) throws IOException {
        host = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0), 0);
        host.createContext("/", exchange -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        host.start();
        return "http://127.0.0.2:" + host.getAddress().getPort() + "/";
    }

    @AfterEach
    void stopHost() {
        if (host != null) host.stop(0);
    }

    /** The snippet the page's Embed action gives, taken from the page itself. */
    private String snippetFromThePage(String view, String menu) {
        open(view);
        page.locator("#" + menu + " > summary").click();
        Locator code = page.locator("#" + menu + " textarea.share-code");
        assertThat(code).hasValue(Pattern.compile("^<iframe src=\"http://localhost:" + port + "/embed/"));
        return code.inputValue();
    }

    @Test
    void aChartEmbeddedInAnotherSitesPageDrawsResizesItsFrameAndSetsNoCookie() throws Exception {
        String snippet = snippetFromThePage("/?lang=zh", "share-chart-value-chain").replace("localhost", "127.0.0.1");
        assertThat(snippet).contains("loading=\"lazy\"").contains("title=\"").contains("/embed/chart/value-chain?lang=zh")
                .contains("e.source");
        page.navigate(hostPage("<!doctype html><html><body><h1>An article</h1>" + snippet + "<p>After the frame.</p></body></html>"));

        FrameLocator frame = page.frameLocator("iframe[data-ai-landscape-embed]");
        assertThat(frame.locator("echarts-chart[data-rendered]")).isAttached(new com.microsoft.playwright.assertions.LocatorAssertions.IsAttachedOptions().setTimeout(20_000));
        assertThat(frame.locator(".chart-title")).hasText("上游 → 下游");
        assertThat(frame.locator(".embed-report")).hasText(service.snapshot().report().info().title().zh());
        assertThat(frame.locator(".embed-footer")).containsText(service.snapshot().dataset().id());
        assertThat(frame.locator(".embed-full")).hasAttribute("href", Pattern.compile("^http://127\\.0\\.0\\.1:" + port + "/\\?lang=zh#chart-value-chain$"));

        // The host's few lines fit the frame to what the embed reports; the frame starts at 480 px.
        page.waitForFunction("() => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - 480) > 40");
        double frameHeight = ((Number) page.evaluate("() => document.querySelector('iframe').getBoundingClientRect().height")).doubleValue();
        Frame embed = page.frames().stream().filter(f -> f.url().contains("/embed/")).findFirst().orElseThrow();
        double contentHeight = ((Number) embed.evaluate("() => document.getElementById('embed').getBoundingClientRect().height")).doubleValue();
        assertThat(frameHeight).isBetween(contentHeight, contentHeight + 40);

        // Third-party cookies are blocked in this browser, and the embed neither needs nor sets one.
        assertThat(embed.evaluate("() => { document.cookie = 'probe=1'; return document.cookie; }")).isEqualTo("");
        assertThat(context.cookies("http://127.0.0.1:" + port + "/")).isEmpty();
    }

    @Test
    void aSectionEmbedKeepsTheViewsStateAndItsLinksOpenTheFullReport() throws Exception {
        String snippet = snippetFromThePage("/?lang=en&faq=rlhf&sort=scale-desc", "share-section-faq").replace("localhost", "127.0.0.1");
        // What the FAQ shows of the view (its language, its open answers), not the company sort.
        assertThat(snippet).contains("/embed/section/faq?lang=en&amp;faq=rlhf\"");
        page.navigate(hostPage("<!doctype html><html><body>" + snippet + "</body></html>"));
        FrameLocator frame = page.frameLocator("iframe");
        assertThat(frame.locator("#faq-rlhf")).hasAttribute("open", "");
        assertThat(frame.locator("#faq-rlhf .answer").first()).isVisible();
        assertThat(frame.locator("base")).hasAttribute("target", "_blank");
        assertThat(context.cookies("http://127.0.0.1:" + port + "/")).isEmpty();
    }

    @Test
    void noPageOutsideEmbedCanBeFramed() throws Exception {
        String app = "http://127.0.0.1:" + port;
        page.navigate(hostPage("<!doctype html><html><body><iframe id=embed src=\"" + app + "/embed/chart/market-size?lang=en\"></iframe>"
                + "<iframe src=\"" + app + "/?lang=en\"></iframe><iframe src=\"" + app + "/api/report\"></iframe></body></html>"));
        assertThat(page.frameLocator("#embed").locator("#chart-market-size")).isAttached();
        // The two others are refused by the browser (frame-ancestors 'none', X-Frame-Options: DENY), which says so.
        page.waitForCondition(() -> console.stream().filter(m -> m.contains("frame-ancestors 'none'") && m.contains("blocked")).count() == 2);
        assertThat(console).noneMatch(m -> m.contains("/embed/") && m.contains("blocked"));
    }

    @Test
    void aChartDownloadsAsSvgAndCsvInTheReadersLanguage() throws Exception {
        open("/?lang=zh");
        page.locator("#share-chart-value-chain > summary").click();
        Download svg = page.waitForDownload(() -> page.locator("#chart-value-chain-svg").click());
        assertThat(svg.suggestedFilename()).isEqualTo("value-chain.svg");
        String text = Files.readString(svg.path(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("<svg").contains("</svg>").contains("<text");
        assertThat(Pattern.compile("<text[^>]*>[^<]*[\\u4e00-\\u9fff]").matcher(text).find()).as("Chinese labels, as text").isTrue();

        Download csv = page.waitForDownload(() -> page.locator("#chart-value-chain-csv").click());
        String table = Files.readString(csv.path(), StandardCharsets.UTF_8);
        assertThat(table).startsWith("\uFEFF").contains(service.snapshot().dataset().id()).contains("来源");
    }

    @Test
    void theCiteActionShowsEveryFormatWithThePermalinkAndTheVersion() {
        open("/?lang=en");
        page.locator("#share-section-kpis > summary").click();
        Locator citations = page.locator("#cite-section-kpis pre.cite-text");
        assertThat(citations).hasCount(4);
        String version = service.snapshot().dataset().id();
        for (int i = 0; i < 4; i++) {
            assertThat(citations.nth(i)).containsText(version);
            assertThat(citations.nth(i)).containsText("localhost:" + port + "/?lang=en&version=" + service.snapshot().version() + "&section=kpis");
        }
        assertThat(page.locator("#cite-section-kpis li[data-format=bibtex] pre")).containsText("@misc{");
    }

    @Test
    void aHeadlineFigureIsCitedFromItsExplanation() {
        open("/?lang=zh&info=semiconductor-revenue");
        page.locator("#cite-metric-semiconductor-revenue > summary").click();
        Locator citations = page.locator("#cite-metric-semiconductor-revenue pre.cite-text");
        assertThat(citations).hasCount(4);
        assertThat(citations.first()).containsText("localhost:" + port + "/?lang=zh&version=" + service.snapshot().version()
                + "&section=kpis#metric-semiconductor-revenue");
        assertThat(citations.first()).containsText(service.snapshot().dataset().id());
        assertThat(page.locator("#explain-semiconductor-revenue .info-title")).isVisible(); // citing does not close the explanation
    }
}
