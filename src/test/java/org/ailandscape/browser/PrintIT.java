package org.ailandscape.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.ailandscape.report.ReportService;
import org.ailandscape.report.ReportSnapshot;
import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Report;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The page printed to PDF by Chromium, as "Save as PDF" makes it: every section's text in the
 * reader's language, the answers and tables that are closed on screen included, no controls, and the
 * permalink and dataset version on the first page. Pages 1–3 are saved as images to look at
 * (target/screenshots/print-*.png).
 */
class PrintIT extends BrowserTest {

    @Autowired
    ReportService service;

    @ParameterizedTest
    @EnumSource(Language.class)
    void thePrintoutHoldsEverySectionWithItsAnswersAndTables(Language language) throws Exception {
        openAsServed("/?lang=" + language.key());
        // What Ctrl+P does before it lays the page out: the page's beforeprint (the charts drawn at paper width).
        page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))");
        page.waitForFunction("() => [...document.querySelectorAll('echarts-chart')].every(c => c.hasAttribute('data-rendered'))");
        byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(true));

        ReportSnapshot snapshot = service.snapshot();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String all = squeeze(new PDFTextStripper().getText(document));
            PDFTextStripper first = new PDFTextStripper();
            first.setStartPage(1);
            first.setEndPage(1);
            String pageOne = squeeze(first.getText(document));
            assertThat(pageOne).as("the permalink and the dataset version on page 1")
                    .contains(squeeze("/?lang=" + language.key())).contains(snapshot.dataset().id());
            for (String text : reportTexts(snapshot.report(), language)) {
                assertThat(all).as("printed: " + text).contains(squeeze(text));
            }
            assertThat(all).as("no controls").doesNotContain(squeeze(language == Language.ZH ? "复制链接" : "Copy link"));
            assertThat(document.getNumberOfPages()).isGreaterThan(3);

            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < 3; i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 70);
                ImageIO.write(image, "png", folder.resolve("print-" + language.key() + "-" + (i + 1) + ".png").toFile());
            }
        }
    }

    /** A sample of every section: headings, every FAQ question and an answer, every company, chart and segment. */
    private static List<String> reportTexts(Report report, Language language) {
        List<String> texts = new ArrayList<>();
        texts.add(report.info().title().in(language));
        report.overview().headlineMetrics().forEach(m -> texts.add(m.display().in(language)));
        report.kpis().kpis().forEach(m -> texts.add(m.label().in(language)));
        texts.add(report.valueChain().heading().in(language));
        report.valueChain().segments().forEach(s -> texts.add(s.name().in(language)));
        texts.add(report.marketStructure().heading().in(language));
        texts.add(report.companies().heading().in(language));
        report.companies().companies().forEach(c -> texts.add(c.name().in(language)));
        texts.add(report.forces().heading().in(language));
        texts.add(report.regions().heading().in(language));
        texts.add(report.faq().heading().in(language));
        report.faq().items().forEach(i -> texts.add(i.question().in(language)));
        report.charts().charts().forEach(c -> texts.add(c.title().in(language)));
        texts.add(report.info().disclaimer().in(language));
        return texts;
    }

    /** Text without whitespace: a PDF breaks lines where the page did, and CJK has no spaces to keep. */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
