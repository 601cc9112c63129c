package org.ailandscape.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What only a real browser shows: the chart drawn and clickable, sorting by click, popovers, layout. */
class DashboardIT extends BrowserTest {

    private static final String SANKEY = "#value-chain-chart";

    /** Counts canvas pixels that are not transparent: a drawn chart has many. */
    private int inkedPixels(String chartSelector) {
        // Charts are drawn when they come near the viewport.
        page.locator(chartSelector).scrollIntoViewIfNeeded();
        page.waitForSelector(chartSelector + "[data-rendered] canvas");
        return ((Number) page.evaluate("""
                s => {
                  const canvas = document.querySelector(s + ' canvas');
                  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                  let ink = 0;
                  for (let i = 3; i < data.length; i += 4) if (data[i] > 0) ink++;
                  return ink;
                }""", chartSelector)).intValue();
    }

    /** The rows of the company grid as the reader sees them, top to bottom: the company column's text. */
    @Test
    void thePageLogsNoErrorsUnderItsContentSecurityPolicy() {
        open("/?lang=zh");
        for (String chart : List.of(SANKEY, "#chart-market-size-canvas", "#chart-adoption-canvas", "#chart-inference-price-canvas")) {
            inkedPixels(chart);
        }
        page.locator("#info-market-size").click();
        page.waitForTimeout(300);
        assertThat(console).filteredOn(line -> line.startsWith("error") || line.startsWith("pageerror")).isEmpty();
    }

    @Test
    void theSankeyIsDrawn() {
        open("/?lang=en");
        assertThat(inkedPixels(SANKEY)).isGreaterThan(20_000);
    }

    @Test
    void everyChartOfTheReportsFiguresIsDrawnAndHasItsTable() {
        open("/?lang=en");
        for (String id : List.of("market-size", "metric-hierarchy", "adoption", "segment-growth", "inference-price")) {
            String chart = "#chart-" + id + "-canvas";
            page.locator(chart).scrollIntoViewIfNeeded();
            assertThat(inkedPixels(chart)).as(id).isGreaterThan(3_000);
        }
        Locator growth = page.locator("#chart-segment-growth");
        growth.locator("vaadin-details-summary").click();
        Locator rows = growth.locator(".chart-table tbody tr");
        assertThat(rows).hasCount(7);
        assertThat(rows.first()).containsText("Robotics & physical AI");
        assertThat(rows.first()).containsText("47%");
        assertThat(growth.locator(".chart-table")).containsText("~20%");
    }

    @Test
    void aChartDownloadsAsAPng() throws java.io.IOException {
        open("/?lang=en");
        inkedPixels("#chart-adoption-canvas");
        com.microsoft.playwright.Download download = page.waitForDownload(() -> page.locator("#chart-adoption-png").click());
        assertThat(download.suggestedFilename()).isEqualTo("adoption.png");
        byte[] png = java.nio.file.Files.readAllBytes(download.path());
        assertThat(png.length).isGreaterThan(5_000);
        assertThat(java.util.Arrays.copyOf(png, 4)).containsExactly(0x89, 'P', 'N', 'G');
    }

    @Test
    void clickingASankeyNodeFiltersTheCompaniesAndTheChipClearsIt() {
        open("/?lang=en");
        inkedPixels(SANKEY);
        page.locator(SANKEY).scrollIntoViewIfNeeded();
        // open-weight-models is the 9th segment of the data (index 8).
        @SuppressWarnings("unchecked")
        Map<String, Number> rect = (Map<String, Number>) page.evaluate("s => document.querySelector(s).itemRect(0, 8)", SANKEY);
        page.locator(SANKEY).click(new Locator.ClickOptions().setPosition(
                rect.get("x").doubleValue() + rect.get("width").doubleValue() / 2,
                rect.get("y").doubleValue() + rect.get("height").doubleValue() / 2));

        Locator chip = page.locator("#company-segment-chip");
        assertThat(chip).isVisible();
        assertThat(chip).containsText("Open-Weight Models");
        assertThat(page.locator("#company-count")).hasText("3 of 12 shown");
        assertThat(gridCompanies()).containsExactlyInAnyOrder("Meta AI", "Mistral AI", "DeepSeek");
        assertThat(page.locator("#segment-open-weight-models")).hasClass(Pattern.compile("selected"));

        page.locator("#company-segment-clear").click();
        assertThat(page.locator("#company-count")).hasText("12 of 12 shown");
        assertThat(chip).isHidden();
    }

    @Test
    void theKeyboardSelectsASegmentToo() {
        open("/?lang=en");
        Locator show = page.locator("button.segment-select[data-segment=legal-ai]");
        show.focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#company-count")).hasText("1 of 12 shown");
        assertThat(gridCompanies()).containsExactly("Harvey");
        assertThat(page.locator("button.segment-select[data-segment=legal-ai]")).hasAttribute("aria-pressed", "true");
        assertThat(page).hasURL(Pattern.compile("node=legal-ai"));
    }

    @Test
    void anInfoButtonOpensItsSourcesAndEscClosesIt() {
        open("/?lang=en");
        Locator button = page.locator("#info-semiconductor-revenue");
        assertThat(button).hasAttribute("aria-label", Pattern.compile("Semiconductor revenue 2026"));
        button.click();
        Locator source = page.getByText("Source: IDC Semiconductor Forecast, Apr 2026");
        assertThat(source).isVisible();
        page.keyboard().press("Escape");
        assertThat(source).isHidden();

        // The keyboard reaches it too.
        button.focus();
        page.keyboard().press("Enter");
        assertThat(source).isVisible();
    }

    @Test
    void clickingScaleSortsByDollarAmount() {
        open("/?lang=en");
        Locator scaleSorter = page.locator("#company-grid vaadin-grid-sorter", new Page.LocatorOptions().setHasText("Scale Signal"));
        scaleSorter.click();
        assertThat(gridCompanies()).startsWith("Harvey", "Cursor (Anysphere)", "Perplexity").endsWith("Mistral AI", "DeepSeek");
        scaleSorter.click();
        assertThat(gridCompanies()).startsWith("Meta AI", "xAI (Grok)", "NVIDIA", "Palantir").endsWith("Mistral AI", "DeepSeek");
    }

    @Test
    void typingChineseFiltersTheRows() {
        open("/?lang=zh");
        page.locator("#company-filter input").fill("律所");
        assertThat(page.locator("#company-count")).hasText("显示 1 / 12 家");
        assertThat(gridCompanies()).containsExactly("Harvey");
    }

    @Test
    void severalFaqAnswersOpenAtOnce() {
        open("/?lang=en");
        Locator items = page.locator("vaadin-details.faq-item");
        assertThat(items).hasCount(8);
        items.nth(0).locator("vaadin-details-summary").click();
        items.nth(2).locator("vaadin-details-summary").click();
        assertThat(items.nth(0)).hasAttribute("opened", "");
        assertThat(items.nth(2)).hasAttribute("opened", "");
        assertThat(items.nth(0).getByText("When Microsoft buys $10B of NVIDIA Blackwell chips")).isVisible();
        assertThat(items.nth(2).getByText("Only one company in the world")).isVisible();
        // Tables stay tables.
        items.nth(1).locator("vaadin-details-summary").click();
        assertThat(items.nth(1).locator("table th", new Locator.LocatorOptions().setHasText("2026 Value"))).isVisible();
    }

    @Test
    void switchingLanguageChangesTheHeadingsWithoutAReload() {
        open("/?lang=en");
        assertThat(page.locator("#companies-heading")).hasText("Notable Companies Across The Stack");
        page.evaluate("() => window.__sameDocument = true");
        page.locator("#lang-zh").click();
        assertThat(page.locator("#companies-heading")).hasText("全产业链代表企业");
        assertThat(page.locator("#kpis-heading")).hasText("关键指标");
        assertThat(page.locator("html")).hasAttribute("lang", "zh-Hans");
        assertThat(page).hasURL(Pattern.compile("lang=zh"));
        assertThat(page.evaluate("() => window.__sameDocument === true")).isEqualTo(true);

        page.locator("#lang-both").click();
        assertThat(page.locator("#companies-heading")).containsText("Notable Companies Across The Stack");
        assertThat(page.locator("#companies-heading")).containsText("全产业链代表企业");
    }

    @Test
    void atPhoneWidthThePageNeverScrollsSideways() {
        page.setViewportSize(390, 844);
        open("/?lang=zh");
        inkedPixels(SANKEY);
        page.waitForSelector("#company-grid", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
        Number overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
    }

    @Test
    void aPhoneReaderScrollingDownFindsEachSectionBuiltAsItArrives() {
        page.setViewportSize(390, 844);
        openAtTheTop("/?lang=en");
        assertThat(page.locator("#overview.section-pending").count()).isZero();
        assertThat(page.locator("#faq.section-pending").count()).isEqualTo(1);
        String pendingInView = """
                () => [...document.querySelectorAll('.section-pending')]
                    .some(s => { const r = s.getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; })""";
        for (int step = 0; step < 60 && page.locator(".section-pending").count() > 0; step++) {
            page.mouse().wheel(0, 700);
            // what is in view is built (the server was asked a screen ahead of the reader)
            page.waitForFunction("() => !(" + pendingInView + ")()");
        }
        assertThat(page.locator(".section-pending").count()).isZero();
        assertThat(page.locator("#faq vaadin-details").count()).isEqualTo(8);
        assertThat(page.locator("main section.report-section").evaluateAll("sections => sections.map(s => s.id)"))
                .isEqualTo(List.of("overview", "kpis", "value-chain", "market", "companies", "forces", "regions", "faq"));
        assertThat(console).noneMatch(line -> line.startsWith("pageerror") || line.startsWith("error"));
    }
}
