package org.ailandscape.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every view is a link: opening it restores the view, interacting rewrites it, Back goes back. */
class DeepLinkIT extends BrowserTest {

    private Locator faq(String id) {
        return page.locator("#faq-" + id);
    }

    @Test
    void aLinkRestoresLanguageAnswersFilterSortAndSelection() {
        open("/?lang=zh&faq=rlhf,euv-lithography&layers=models&sort=scale-asc&node=open-weight-models&q=%E5%BC%80%E6%BA%90");
        assertThat(page.locator("html")).hasAttribute("lang", "zh-Hans");
        assertThat(faq("rlhf")).hasAttribute("open", "");
        assertThat(faq("euv-lithography")).hasAttribute("open", "");
        assertThat(faq("capex-vs-semiconductors")).not().hasAttribute("open", "");
        assertThat(page.locator("#company-filter")).hasValue("开源");
        assertThat(page.locator("#layer-models")).isChecked();
        assertThat(page.locator("#company-segment-chip")).isVisible();
        // models ∩ open-weight segment ∩ "开源": Meta and Mistral; by scale ascending, unknown scale last.
        assertThat(tableCompanies()).containsExactly("Meta AI", "Mistral AI");
        assertThat(page.locator("#segment-open-weight-models")).hasClass(Pattern.compile("selected"));
    }

    @Test
    void aLinkOpensAnExplanationAndScrollsToIt() {
        open("/?info=total-ai-spending");
        Locator source = page.locator("#explain-total-ai-spending").getByText("Source: IDC, Morgan Stanley, Sapphire Ventures, 2026");
        assertThat(source).isVisible();
        assertThat(page.locator("#metric-total-ai-spending")).isInViewport();
        assertBelowTheHeader("#metric-total-ai-spending");
    }

    @Test
    void aSectionLinkScrollsThereAndTheNavigationUsesSuchLinks() {
        open("/?section=regions");
        assertThat(page.locator("#regions")).isInViewport();
        assertBelowTheHeader("#regions-heading");
        page.locator(".nav-link[data-section=faq]").click();
        assertThat(page).hasURL(Pattern.compile("section=faq"));
        assertThat(page.locator("#faq")).isInViewport();
        assertBelowTheHeader("#faq-heading");
    }

    @Test
    void deepLinksLandBelowTheStickyHeaderAtPhoneWidthToo() {
        page.setViewportSize(390, 844);
        openAsServed("/?lang=zh&faq=rlhf");
        assertThat(page.locator("#faq-rlhf")).isInViewport();
        assertBelowTheHeader("#faq-rlhf > summary");
        openAsServed("/?lang=zh&section=companies");
        assertBelowTheHeader("#companies-heading");
    }

    @Test
    void afterTheTakeoverAFragmentStillLandsBelowTheBar() {
        // the live page draws a new bar; the scroll padding must follow it (a fragment is scrolled to by the browser)
        page.setViewportSize(390, 844);
        open("/?lang=en");
        page.evaluate("() => { location.hash = 'regions'; }");
        assertBelowTheHeader("#regions-heading");
        open("/?lang=zh");
        page.locator("#lang-en").click();
        page.waitForSelector("#lang-en[aria-current=true]");
        page.evaluate("() => { location.hash = 'faq'; }");
        assertBelowTheHeader("#faq-heading");
    }

    /** The element's top is not hidden under the sticky bar. */
    private void assertBelowTheHeader(String selector) {
        page.waitForTimeout(200);
        double barBottom = ((Number) page.evaluate("() => document.querySelector('.header-bar').getBoundingClientRect().bottom")).doubleValue();
        double top = page.locator(selector).boundingBox().y;
        assertThat(top).as(selector + " below the header bar").isGreaterThanOrEqualTo(barBottom - 1);
        assertThat(top).as(selector + " near the top").isLessThan(barBottom + 120);
    }

    @Test
    void interactingRewritesTheUrlAndAReloadKeepsTheView() {
        open("/?lang=en");
        page.locator("#company-filter").fill("GPU");
        assertThat(page).hasURL(Pattern.compile("q=GPU"));
        faq("rlhf").locator("summary").click();
        assertThat(page).hasURL(Pattern.compile("faq=rlhf"));
        page.locator("#sort-scale").click();
        assertThat(page).hasURL(Pattern.compile("sort=scale-asc"));

        page.reload();
        page.waitForSelector("#main");
        assertThat(page.locator("#company-filter")).hasValue("GPU");
        assertThat(faq("rlhf")).hasAttribute("open", "");
        assertThat(page.locator("#company-count")).hasText(Pattern.compile("^\\d+ of 12 shown$"));
    }

    @Test
    void backReturnsToThePreviousLanguageAndSelection() {
        open("/?lang=en");
        page.locator("#lang-zh").click();
        assertThat(page.locator("#companies-heading")).hasText("全产业链代表企业");
        assertThat(page).hasURL(Pattern.compile("lang=zh"));
        page.goBack();
        assertThat(page.locator("#companies-heading")).hasText("Notable Companies Across The Stack");
        assertThat(page).hasURL(Pattern.compile("lang=en"));
        page.goForward();
        assertThat(page.locator("#companies-heading")).hasText("全产业链代表企业");
    }

    @Test
    void aCopiedLinkOpensTheSameView() {
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        open("/?lang=zh");
        faq("rlhf").locator("summary").click();
        page.locator("#copy-faq-rlhf").click();
        assertThat(page.locator("#toast")).containsText("链接已复制");
        String copied = (String) page.evaluate("() => navigator.clipboard.readText()");
        assertThat(copied).isEqualTo(url("/?lang=zh&section=faq&faq=rlhf#faq-rlhf"));

        Page other = context.newPage();
        other.navigate(copied);
        other.waitForSelector("#main");
        assertThat(other.locator("#faq-rlhf")).hasAttribute("open", "");
        assertThat(other.locator("#faq-euv-lithography")).not().hasAttribute("open", "");
        assertThat(other.locator("#faq-rlhf")).isInViewport();
    }

    @Test
    void aSearchResultIsALinkToWhereTheTermIs() {
        open("/?lang=en");
        page.locator("#report-search").fill("quantization");
        Locator result = page.locator(".search-results a", new Page.LocatorOptions().setHasText("What is quantization and distillation"));
        assertThat(result).isVisible();
        result.click();
        assertThat(page).hasURL(Pattern.compile("faq=quantization-distillation"));
        assertThat(faq("quantization-distillation")).hasAttribute("open", "");
        assertThat(faq("quantization-distillation")).isInViewport();
    }

    @Test
    void garbageInTheUrlIsIgnoredAndNoScriptRuns() {
        List<String> dialogs = new java.util.ArrayList<>();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        open("/?lang=%3Cscript%3Ealert(1)%3C/script%3E&q=%3Cimg%20src=x%20onerror=alert(2)%3E&faq=%22%3E%3Csvg/onload=alert(3)%3E&sort=%00");
        assertThat(page.locator("#company-filter")).hasValue("<img src=x onerror=alert(2)>");
        assertThat(page.locator("#company-empty")).isVisible();
        assertThat(page.locator("img[src=x]")).hasCount(0);
        page.waitForTimeout(500);
        assertThat(dialogs).isEmpty();
    }
}
