package org.ailandscape.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.ailandscape.report.DataFixtures.at;
import static org.ailandscape.report.DataFixtures.editJson;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.ailandscape.report.DataFixtures;
import org.ailandscape.report.ReportStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An analyst corrects the data while a reader has the page open: the page keeps showing one version,
 * tells the reader on their next interaction that the report has been corrected, and a reload shows
 * the corrected report in the same view.
 */
class CorrectionIT extends BrowserTest {

    private static Path folder;

    @DynamicPropertySource
    static void watchedData(DynamicPropertyRegistry registry) {
        folder = DataFixtures.copyInNewFolder("watched-data");
        registry.add("report.data-dir", folder::toString);
    }

    @Autowired
    ReportStore store;

    @Test
    void theReaderLearnsOfACorrectionAndAReloadShowsItInTheSameView() throws Exception {
        open("/?lang=en&faq=rlhf");
        String version = store.snapshot().version();
        editJson(folder, "faq.json", r -> at(r, "/items/0/question").put("en", "A corrected first question?"));
        long deadline = System.currentTimeMillis() + 20_000;
        while (store.snapshot().version().equals(version) && System.currentTimeMillis() < deadline) Thread.sleep(100);

        page.locator("#faq-hbm-dram-bottleneck > summary").click();
        assertThat(page.locator("#report-notice")).containsText("The report has been corrected");
        assertThat(page.locator("#main")).not().containsText("A corrected first question?");
        // Written by Flow's QueryParameters once the server has changed it: the comma comes percent-encoded.
        assertThat(page).hasURL(Pattern.compile("faq=hbm-dram-bottleneck(,|%2C)rlhf"));

        page.locator("#report-notice a").click();
        page.waitForSelector("#main");
        assertThat(page.locator("#main")).containsText("A corrected first question?");
        assertThat(page.locator("#faq-rlhf")).hasAttribute("open", "");
        assertThat(page.locator("#faq-hbm-dram-bottleneck")).hasAttribute("open", "");
        assertThat(page.locator("#report-notice")).isEmpty();
    }
}
