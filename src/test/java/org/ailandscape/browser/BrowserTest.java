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
                "--disable-sync", "--no-first-run",
                // Third-party cookies blocked, as browsers now do (EmbedIT frames the app in another site's page).
                "--test-third-party-cookie-phaseout"));
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

    /** The class's browser, for a test that needs a second person in a context of their own. */
    static Browser browser() {
        return browser;
    }

    String url(String pathAndQuery) {
        return "http://localhost:" + port + pathAndQuery;
    }

    /**
     * Opens a page as a reader does who then interacts: the first response, then the live page taking
     * it over (a key press is an interaction), so that a test may use every control.
     */
    void open(String pathAndQuery) {
        openAsServed(pathAndQuery);
        takeOver();
    }

    /** Opens a page and uses nothing yet: what the first response shows, before any interaction. */
    void openAsServed(String pathAndQuery) {
        page.navigate(url(pathAndQuery));
        page.waitForSelector("#main");
    }

    /** Interacts (a key press with no effect) and waits until the live page has taken the page over. */
    void takeOver() {
        page.keyboard().press("Shift");
        awaitLive();
    }

    void awaitLive() {
        page.waitForSelector("html[data-live]", new Page.WaitForSelectorOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        // the live page's first round trip (what the page shows, reported) has been answered
        page.waitForFunction("() => !window.Vaadin?.Flow?.clients || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    /** The rows of the company table as the reader sees them, top to bottom: each company's name in the leading language. */
    @SuppressWarnings("unchecked")
    List<String> tableCompanies() {
        return (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('#company-table tbody tr')]
                    .map(row => row.querySelector('th > span').textContent.trim())""");
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
