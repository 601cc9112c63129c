package org.ailandscape.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The page arrives whole in the first response: it reads and navigates without script, the browser's
 * find-in-page reaches every word at once, a click before the live page has taken over is honoured,
 * the takeover moves nothing, and the live page shows what the first response of the same link shows.
 */
class FirstResponseIT extends BrowserTest {

    /** Words from every part of the report, closed answers and explanations included, in English and Chinese. */
    private static final List<String> ENGLISH = List.of("Harvey", "HBM", "Hype Era", "Semiconductor revenue 2026 (AI-driven)",
            "Aggregated global AI market size estimate for 2025", "the only technology capable of producing the chips",
            "Raw pre-training gives a model knowledge", "Slight precision loss", "$1.29T", "Chip Design & Fab",
            "Legal AI", "Palantir", "DeepSeek", "Notable Companies Across The Stack", "Frequently Asked Questions",
            "Source: IDC Semiconductor Forecast, Apr 2026", "This website is an independent informational resource");
    private static final List<String> CHINESE = List.of("人工智能行业全景报告 2026", "概念炒作期", "芯片设计与制造", "全产业链代表企业",
            "预训练赋予模型知识", "轻微精度损失", "读者常见问题解答", "来源:IDC半导体预测,2026年4月", "本网站为独立信息资源");

    @Test
    void withoutScriptTheWholeReportReadsAndItsLinksAndFormsWork() {
        BrowserContext noScript = newContext(false);
        Page plain = noScript.newPage();
        plain.navigate(url("/?lang=en"));
        String text = plain.locator("body").textContent();
        assertThat(ENGLISH).allSatisfy(word -> assertThat(text).contains(word));
        assertThat(plain.locator("html")).hasAttribute("lang", "en");

        plain.locator(".nav-link[data-section=faq]").click();
        assertThat(plain).hasURL(Pattern.compile("section=faq#faq$"));
        assertThat(plain.locator("#faq")).isInViewport();

        plain.locator("#lang-zh").click();
        assertThat(plain.locator("html")).hasAttribute("lang", "zh-Hans");
        // the new page's <html> arrives before the rest of it: read the text once it has all loaded
        plain.waitForLoadState(LoadState.LOAD);
        String chinese = plain.locator("body").textContent();
        assertThat(CHINESE).allSatisfy(word -> assertThat(chinese).contains(word));

        plain.locator("#company-filter").fill("开源");
        plain.locator("label[for=layer-models]").click();
        plain.locator("#company-controls button[type=submit]").click();
        assertThat(plain).hasURL(Pattern.compile("q=%E5%BC%80%E6%BA%90&layers=models"));
        assertThat(plain.locator("#company-count")).hasText("显示 2 / 12 家");
        plain.locator("#sort-company").click();
        assertThat(plain.locator("thead th.col-company")).hasAttribute("aria-sort", "ascending");
        plain.locator("#faq-rlhf > summary").click();
        assertThat(plain.locator("#faq-rlhf")).hasAttribute("open", "");
        noScript.close();
    }

    @Test
    void rightAfterLoadFindInPageReachesEveryWordClosedAnswersIncluded() {
        for (String lang : List.of("en", "zh")) {
            openAsServed("/?lang=" + lang);
            for (String word : lang.equals("en") ? ENGLISH : CHINESE) {
                // window.find searches the rendered page as find-in-page does (a closed <details> is searched and opened)
                Object found = page.evaluate("w => { getSelection().removeAllRanges(); return window.find(w, false, false, true); }", word);
                assertThat(found).as(lang + ": " + word).isEqualTo(true);
            }
            assertThat(page.locator("html[data-live]").count()).as("nothing of Vaadin was needed").isZero();
            assertThat(page.locator("report-page[first-response]").count()).isEqualTo(1);
        }
    }

    @Test
    void aClickBeforeTheTakeoverIsHonoured() {
        // The live page's script arrives late (a slow phone on a slow network): the page works meanwhile.
        List<com.microsoft.playwright.Route> held = new ArrayList<>();
        page.route(Pattern.compile(".*/VAADIN/build/takeover-.*\\.js"), held::add);
        openAsServed("/?lang=en");
        page.locator("#faq-rlhf > summary").click();
        long clicked = System.nanoTime();
        page.locator("#info-semiconductor-revenue").click();
        assertThat(page.locator("#explain-semiconductor-revenue .info-title")).isVisible();
        assertThat((System.nanoTime() - clicked) / 1_000_000).as("the explanation opens at once, ms").isLessThan(1000);
        assertThat(page.locator("#faq-rlhf")).hasAttribute("open", "");
        assertThat(page.locator("html[data-live]")).hasCount(0);

        page.waitForTimeout(500);
        held.forEach(com.microsoft.playwright.Route::resume);
        awaitLive();
        assertThat(page).hasURL(Pattern.compile("faq=rlhf"));
        assertThat(page).hasURL(Pattern.compile("info=semiconductor-revenue"));
        assertThat(page.locator("#explain-semiconductor-revenue .info-title")).isVisible();
    }

    @Test
    void theTakeoverShiftsNothingAndShowsNothingNew() {
        page.addInitScript("""
                window.__shifts = [];
                new PerformanceObserver(list => window.__shifts.push(...list.getEntries().map(e => e.value)))
                    .observe({type: 'layout-shift', buffered: true});""");
        for (int width : List.of(1280, 390)) {
            page.setViewportSize(width, 844);
            openAsServed("/?lang=zh&faq=rlhf&q=GPU");
            page.waitForTimeout(500);
            String before = (String) page.evaluate("() => document.getElementById('main').textContent");
            takeOver();
            page.waitForTimeout(800);
            assertThat(page.evaluate("() => window.__shifts.reduce((a, b) => a + b, 0)")).as("layout shift at " + width).isEqualTo(0);
            assertThat(page.evaluate("() => document.getElementById('main').textContent")).isEqualTo(before);
            assertThat(page).hasURL(Pattern.compile("q=GPU"));
        }
    }

    @Test
    void beforeAndAfterTheTakeoverThePageLooksTheSamePixelForPixel() throws IOException {
        List<String> different = new ArrayList<>();
        for (int width : List.of(1280, 390)) {
            for (String lang : List.of("en", "zh")) {
                for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
                    String name = "takeover-" + width + "-" + lang + "-" + scheme.name().toLowerCase(java.util.Locale.ROOT);
                    BrowserContext look = context.browser().newContext(new Browser.NewContextOptions()
                            .setViewportSize(width, width < 600 ? 844 : 900).setColorScheme(scheme).setLocale("en-US"));
                    Page shown = look.newPage();
                    shown.navigate(url("/?lang=" + lang + "&faq=rlhf"));
                    shown.waitForLoadState(LoadState.NETWORKIDLE);
                    // the charts near the first screen have drawn (they draw as they come near, before and after alike)
                    shown.waitForFunction("() => [...document.querySelectorAll('echarts-chart')].every(c => c.hasAttribute('data-rendered')"
                            + " || c.getBoundingClientRect().top > innerHeight + 300 || c.getBoundingClientRect().bottom < -300)");
                    shown.waitForTimeout(1200);
                    byte[] before = shown.screenshot();
                    shown.keyboard().press("Shift");
                    shown.waitForSelector("html[data-live]", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
                    shown.waitForTimeout(1200);
                    byte[] after = shown.screenshot();
                    Path folder = Files.createDirectories(Path.of("target", "screenshots"));
                    Files.write(folder.resolve(name + "-before.png"), before);
                    Files.write(folder.resolve(name + "-after.png"), after);
                    long differing = differingPixels(before, after);
                    if (differing > 0) different.add(name + ": " + differing + " pixels");
                    look.close();
                }
            }
        }
        assertThat(different).as("screenshots before and after the takeover (target/screenshots)").isEmpty();
    }

    /**
     * The largest difference of one colour channel that is not counted. Chromium (156) antialiases the
     * corners of a rounded box in the sticky bar up to 15/255 apart once the live page adds a layer of its
     * own (any fixed, composited element does the same, even an empty 1 px one): a handful of edge pixels,
     * no change a reader can see. Moved or changed text differs by far more than this.
     */
    private static final int UNSEEN = 24;

    private static long differingPixels(byte[] first, byte[] second) throws IOException {
        BufferedImage a = ImageIO.read(new ByteArrayInputStream(first));
        BufferedImage b = ImageIO.read(new ByteArrayInputStream(second));
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) return (long) a.getWidth() * a.getHeight();
        long differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) if (channelDifference(a.getRGB(x, y), b.getRGB(x, y)) > UNSEEN) differing++;
        }
        return differing;
    }

    private static int channelDifference(int first, int second) {
        int largest = 0;
        for (int shift = 0; shift <= 16; shift += 8) largest = Math.max(largest, Math.abs((first >> shift & 0xff) - (second >> shift & 0xff)));
        return largest;
    }

    @Test
    void theLivePageShowsWhatTheFirstResponseOfTheSameLinkShows() {
        List<String> links = List.of("/?lang=zh&faq=rlhf,hbm-dram-bottleneck", "/?lang=both&sort=scale-desc&node=legal-ai",
                "/?lang=en&info=market-size&q=GPU&layers=compute", "/?lang=zh&find=HBM");
        for (String link : links) {
            openAsServed(link);
            Map<String, Object> served = pageFacts();
            // the same view reached on the live page from another link (as Back or Forward reach it)
            open("/?lang=en");
            page.evaluate("url => { history.pushState(null, '', url); dispatchEvent(new PopStateEvent('popstate')); }", link);
            page.waitForFunction("url => location.pathname + location.search === url", link);
            awaitLive();
            page.waitForTimeout(300);
            assertThat(pageFacts()).as(link).isEqualTo(served);
        }
    }

    /** What a page says: its text, which disclosures are open, where its links lead, its language. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> pageFacts() {
        return (Map<String, Object>) page.evaluate("""
                () => ({
                  text: document.body.querySelector('#page-header').textContent + document.getElementById('main').textContent,
                  open: [...document.querySelectorAll('details[open]')].map(d => d.id || d.dataset.id).join(' '),
                  links: [...document.querySelectorAll('#main a, #page-header a')].map(a => a.getAttribute('href')).join(' '),
                  lang: document.documentElement.lang,
                  title: document.title
                })""");
    }

    @Test
    void anUnknownPathAnswers404WithTheNotFoundPage() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/no-such-page")))
                .header("Accept", "text/html").header("Accept-Language", "zh-CN").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("此页面不存在", "This page does not exist", "href=\"./\"").doesNotContain("Exception", "at org.");
        page.navigate(url("/no-such/page"));
        assertThat(page.locator("h1")).hasText("This page does not exist");
        page.locator(".error-back").first().click();
        assertThat(page.locator("#overview")).isVisible();
    }

    private BrowserContext newContext(boolean javaScript) {
        Browser browser = context.browser();
        return browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(javaScript).setViewportSize(1280, 900).setLocale("en-US"));
    }
}
