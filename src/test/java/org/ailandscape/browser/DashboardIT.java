package org.ailandscape.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What only a real browser shows: the charts drawn and clickable, sorting by click, explanations, layout. */
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
        growth.locator("details.chart-table-toggle > summary").click();
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
        assertThat(tableCompanies()).containsExactlyInAnyOrder("Meta AI", "Mistral AI", "DeepSeek");
        assertThat(page.locator("#segment-open-weight-models")).hasClass(Pattern.compile("selected"));
        assertThat(page).hasURL(Pattern.compile("node=open-weight-models"));

        page.locator("#company-segment-clear").click();
        assertThat(page.locator("#company-count")).hasText("12 of 12 shown");
        assertThat(chip).isHidden();
        assertThat(page).not().hasURL(Pattern.compile("node="));
    }

    @Test
    void theKeyboardSelectsASegmentToo() {
        open("/?lang=en");
        Locator show = page.locator("#segment-legal-ai a.segment-select");
        show.focus();
        page.evaluate("() => window.__sameDocument = true");
        page.keyboard().press("Enter");
        assertThat(page.locator("#company-count")).hasText("1 of 12 shown");
        assertThat(tableCompanies()).containsExactly("Harvey");
        assertThat(page.locator("#segment-legal-ai a.segment-select")).hasAttribute("aria-current", "true");
        assertThat(page).hasURL(Pattern.compile("node=legal-ai"));
        assertThat(page.evaluate("() => window.__sameDocument === true")).as("in place, not a new page").isEqualTo(true);
        assertThat(page.locator("#segment-legal-ai a.segment-select")).isFocused();
    }

    @Test
    void anInfoButtonOpensItsSourcesAndEscClosesIt() {
        open("/?lang=en");
        Locator button = page.locator("#info-semiconductor-revenue");
        assertThat(button).hasAttribute("aria-label", Pattern.compile("Semiconductor revenue 2026"));
        button.click();
        Locator source = page.locator("#explain-semiconductor-revenue").getByText("Source: IDC Semiconductor Forecast, Apr 2026");
        assertThat(source).isVisible();
        assertThat(page).hasURL(Pattern.compile("info=semiconductor-revenue"));
        page.keyboard().press("Escape");
        assertThat(source).isHidden();
        assertThat(button).isFocused();
        assertThat(page).not().hasURL(Pattern.compile("info="));

        // The keyboard reaches it too; opening another closes the first, a click elsewhere closes it.
        page.keyboard().press("Enter");
        assertThat(source).isVisible();
        page.locator("#info-hyperscaler-capex").click();
        assertThat(source).isHidden();
        assertThat(page.locator("#explain-hyperscaler-capex .info-title")).isVisible();
        page.locator("#kpis-heading").click();
        assertThat(page.locator("#explain-hyperscaler-capex .info-title")).isHidden();
    }

    @Test
    void clickingScaleSortsByDollarAmount() {
        open("/?lang=en");
        Locator scaleSorter = page.locator("#sort-scale");
        assertThat(scaleSorter).hasText("Scale Signal");
        scaleSorter.click();
        assertThat(page.locator("th.col-scale")).hasAttribute("aria-sort", "ascending");
        assertThat(tableCompanies()).startsWith("Harvey", "Cursor (Anysphere)", "Perplexity").endsWith("Mistral AI", "DeepSeek");
        scaleSorter.click();
        assertThat(page.locator("th.col-scale")).hasAttribute("aria-sort", "descending");
        assertThat(tableCompanies()).startsWith("Meta AI", "xAI (Grok)", "NVIDIA", "Palantir").endsWith("Mistral AI", "DeepSeek");
        assertThat(scaleSorter).isFocused();
    }

    @Test
    void typingChineseFiltersTheRows() {
        open("/?lang=zh");
        page.locator("#company-filter").fill("律所");
        assertThat(page.locator("#company-count")).hasText("显示 1 / 12 家");
        assertThat(tableCompanies()).containsExactly("Harvey");
        page.locator("label[for=layer-models]").click();
        assertThat(page.locator("#company-empty")).isVisible();
        page.locator("#company-clear").click();
        assertThat(page.locator("#company-count")).hasText("显示 12 / 12 家");
        assertThat(page.locator("#company-filter")).hasValue("");
    }

    @Test
    void severalFaqAnswersOpenAtOnce() {
        open("/?lang=en");
        Locator items = page.locator("details.faq-item");
        assertThat(items).hasCount(8);
        items.nth(0).locator("summary").click();
        items.nth(2).locator("summary").click();
        assertThat(items.nth(0)).hasAttribute("open", "");
        assertThat(items.nth(2)).hasAttribute("open", "");
        assertThat(items.nth(0).getByText("When Microsoft buys $10B of NVIDIA Blackwell chips")).isVisible();
        assertThat(items.nth(2).getByText("Only one company in the world")).isVisible();
        // Tables stay tables.
        items.nth(1).locator("summary").click();
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
    void everyControlsNameContainsItsVisibleLabel() {
        // WCAG 2.5.3 (label in name): a reader who says "Copy link" or "Download PNG" to voice control must hit
        // the control that shows it. A one-character glyph (the "i", the moon) is an icon, not a label.
        for (String lang : List.of("en", "zh", "both")) {
            openAsServed("/?lang=" + lang);
            Object mismatched = page.evaluate("""
                    () => {
                      const norm = (s) => s.replace(/\\s+/g, ' ').trim().toLowerCase();
                      return [...document.querySelectorAll('a[aria-label], button[aria-label], summary[aria-label]')]
                        .filter((e) => norm(e.innerText).length > 1 && !norm(e.getAttribute('aria-label')).includes(norm(e.innerText)))
                        .map((e) => `${e.id || e.tagName}: "${norm(e.innerText)}" / "${e.getAttribute('aria-label')}"`);
                    }""");
            assertThat((List<?>) mismatched).as("controls whose name leaves out their visible label, lang=" + lang).isEmpty();
        }
    }

    @Test
    void atPhoneWidthThePageNeverScrollsSideways() {
        page.setViewportSize(390, 844);
        open("/?lang=zh");
        inkedPixels(SANKEY);
        page.locator("#faq-rlhf > summary").click();
        page.locator("#info-market-size").click();
        Number overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
    }

    @Test
    void atPhoneWidthTheCompaniesAreCardsAndTheHeaderKeepsItsControls() {
        page.setViewportSize(390, 844);
        open("/?lang=en");
        Locator row = page.locator("#company-nvidia");
        row.scrollIntoViewIfNeeded();
        var box = row.boundingBox();
        assertThat(box.width).as("a row is a card as wide as the page").isGreaterThan(330);
        assertThat(page.locator("#company-nvidia td.col-role")).isVisible();
        assertThat(page.locator("#lang-zh")).isVisible();
        assertThat(page.locator("#report-search")).isVisible();
        assertThat(console).noneMatch(line -> line.startsWith("pageerror") || line.startsWith("error"));
    }
}
