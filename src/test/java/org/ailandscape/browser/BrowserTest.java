package org.ailandscape.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the app on a random port (production bundle, since these run after
 * package), one Chromium per class and a fresh context per test. Chromium comes from
 * {@code CHROMIUM_PATH}, else /usr/bin/chromium, else Playwright's own. A failing test leaves a
 * screenshot and the page's console under target/playwright/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserTest.SaveOnFailure.class)
abstract class BrowserTest {

    private static final Path ARTIFACTS = Path.of("target", "playwright");
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;
    final List<String> console = new ArrayList<>();
    String testName = "test";

    @BeforeAll
    static void launch() {
        playwright = Playwright.create();
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"));
        chromiumPath().ifPresent(options::setExecutablePath);
        browser = playwright.chromium().launch(options);
    }

    private static Optional<Path> chromiumPath() {
        String configured = System.getenv("CHROMIUM_PATH");
        if (configured != null && !configured.isBlank()) return Optional.of(Path.of(configured));
        Path debian = Path.of("/usr/bin/chromium");
        return Files.isExecutable(debian) ? Optional.of(debian) : Optional.empty();
    }

    @AfterAll
    static void close() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }

    @BeforeEach
    void openContext(TestInfo info) {
        testName = info.getTestClass().map(Class::getSimpleName).orElse("") + "-" + info.getTestMethod().map(m -> m.getName()).orElse("");
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-US"));
        page = context.newPage();
        page.onConsoleMessage(m -> console.add(m.type() + ": " + m.text()));
        page.onPageError(e -> console.add("pageerror: " + e));
    }

    @AfterEach
    void closeContext() {
        if (context != null) context.close();
    }

    String url(String pathAndQuery) {
        return "http://localhost:" + port + pathAndQuery;
    }

    /**
     * Opens a page, waits until Vaadin has rendered the view, then has every section built the way a
     * reader's first key press does (see SectionSlot), so that a test may reach any part of the page.
     */
    void open(String pathAndQuery) {
        openAtTheTop(pathAndQuery);
        page.keyboard().press("Shift");
        page.waitForFunction("() => document.querySelector('.section-pending') === null");
    }

    /** Opens a page and waits until Vaadin has rendered the view, with only what the link needs built. */
    void openAtTheTop(String pathAndQuery) {
        page.navigate(url(pathAndQuery));
        page.waitForSelector("#main");
    }

    /** The rows of the company grid as the reader sees them, top to bottom: the company column's text. */
    @SuppressWarnings("unchecked")
    List<String> gridCompanies() {
        page.waitForTimeout(300);
        return (List<String>) page.evaluate("""
                () => {
                  const grid = document.querySelector('#company-grid');
                  if (!grid || grid.hidden) return [];
                  return [...grid.shadowRoot.querySelectorAll('tbody tr')]
                      .filter(r => !r.hidden && r.index !== undefined && r.offsetParent !== null)
                      .sort((a, b) => a.index - b.index)
                      .map(r => {
                        const cell = [...r.querySelectorAll('td')].find(td => td.offsetParent !== null);
                        const content = cell?.querySelector('slot')?.assignedElements()[0];
                        return (content?.querySelector('[lang]')?.textContent ?? content?.textContent ?? '').trim();
                      });
                }""");
    }

    void saveArtifacts() {
        try {
            Files.createDirectories(ARTIFACTS);
            page.screenshot(new Page.ScreenshotOptions().setPath(ARTIFACTS.resolve(testName + ".png")).setFullPage(true));
            Files.write(ARTIFACTS.resolve(testName + "-console.txt"), console);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save browser artifacts for " + testName + ": " + e);
        }
    }

    /** On failure, saves the artifacts right after the test method, before the context closes. */
    static class SaveOnFailure implements AfterTestExecutionCallback {
        @Override
        public void afterTestExecution(ExtensionContext context) {
            if (context.getExecutionException().isEmpty()) return;
            context.getTestInstance().filter(BrowserTest.class::isInstance).map(BrowserTest.class::cast)
                    .ifPresent(BrowserTest::saveArtifacts);
        }
    }
}
