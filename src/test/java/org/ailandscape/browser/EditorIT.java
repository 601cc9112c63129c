package org.ailandscape.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.ailandscape.edit.EditorService;
import org.ailandscape.edit.Role;
import org.ailandscape.report.ReportStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The editor's whole flow in the browser, on the production bundle: an editor signs in and corrects a
 * figure in its form, submits the draft with a note; a publisher signs in, sees the diff and publishes;
 * the public page shows the new figure while the old version's permalink still shows the old one; the
 * audit shows every step. The sign-in screens are looked at in both languages.
 */
@TestPropertySource(properties = "report.admin-password=" + EditorIT.ADMIN_PASSWORD)
class EditorIT extends BrowserTest {

    static final String ADMIN_PASSWORD = "an admin password for tests";

    @Autowired
    EditorService service;

    @Autowired
    ReportStore reports;

    private Page signIn(BrowserContext where, String user, String password, String lang) {
        Page at = where.newPage();
        at.onConsoleMessage(m -> console.add(user + " " + m.type() + ": " + m.text()));
        at.navigate(url("/login" + (lang == null ? "" : "?lang=" + lang)));
        at.locator("vaadin-login-form input[name=username]").fill(user);
        at.locator("vaadin-login-form input[name=password]").fill(password);
        at.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        at.waitForURL(u -> !u.contains("/login"));
        at.navigate(url("/edit" + (lang == null ? "" : "?lang=" + lang)));
        at.waitForSelector("vaadin-tabsheet");
        return at;
    }

    @Test
    void anEditorCorrectsAFigureAPublisherPublishesItAndTheAuditShowsBoth() {
        service.createAccount("admin", "erin", Role.EDITOR, "erin's long password");
        service.createAccount("admin", "pat", Role.PUBLISHER, "pat's long password");
        String before = reports.snapshot().version();
        openAsServed("/");
        assertThat(page.locator("#main").innerText()).contains("$1.29T");

        // The editor: sign in, correct the figure in its form, submit the draft with a note.
        BrowserContext editorContext = browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-US"));
        Page editor = signIn(editorContext, "erin", "erin's long password", null);
        editor.locator("#figures-filter input").fill("semiconductor-revenue-2026");
        editor.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("semiconductor-revenue-2026")).first().click();
        editor.locator("#figure-value input").fill("-1");
        editor.locator("#save-figure").click();
        // The loader's own rule, on the field it concerns.
        editor.waitForSelector("#figure-value[invalid]");
        assertThat((String) editor.locator("#figure-value").evaluate("e => e.errorMessage")).contains("negative");
        editor.locator("#figure-value input").fill("1300000000000");
        editor.locator("#figure-display-en input").fill("$1.30T");
        editor.locator("#figure-display-zh input").fill("$1.30T");
        editor.locator("#figure-why input").fill("IDC revised its forecast");
        editor.locator("#save-figure").click();
        editor.waitForSelector("#save-figure", new Page.WaitForSelectorOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        // The KPI card's own text, in the grid of texts: English and Chinese side by side.
        editor.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Texts and values")).click();
        editor.locator("#fields-filter input").fill("semiconductor-revenue");
        editor.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(java.util.regex.Pattern.compile("^semiconductor-revenue › display$"))).first().click();
        editor.locator("#field-en textarea").fill("$1.30T");
        editor.locator("#field-zh textarea").fill("$1.30T");
        editor.locator("#save-field").click();
        editor.waitForSelector("#save-field", new Page.WaitForSelectorOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        editor.locator("vaadin-tab", new Page.LocatorOptions().setHasText("My draft")).click();
        Locator diff = editor.locator(".editor-diff");
        diff.waitFor();
        assertThat(diff.innerText()).contains("1290000000000").contains("1300000000000").contains("$1.30T");
        editor.locator("#draft-note textarea").fill("IDC's April 2026 forecast, revised");
        editor.locator("#submit-draft").click();
        editor.waitForSelector("text=waits for a publisher");

        // The publisher: sign in, review the diff, publish.
        BrowserContext publisherContext = browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-US"));
        Page publisher = signIn(publisherContext, "pat", "pat's long password", null);
        publisher.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Review")).click();
        Locator review = publisher.locator(".editor-review").first();
        review.waitFor();
        assertThat(review.innerText()).contains("erin").contains("IDC's April 2026 forecast, revised").contains("1300000000000");
        review.locator("vaadin-button.publish").click();
        publisher.waitForCondition(() -> !reports.snapshot().version().equals(before));
        String after = reports.snapshot().version();

        // Readers: the latest page shows the correction, the old version's permalink the figure as it was.
        openAsServed("/");
        assertThat(page.locator("#main").innerText()).contains("$1.30T").doesNotContain("$1.29T");
        openAsServed("/?version=" + before);
        assertThat(page.locator("#main").innerText()).contains("$1.29T");

        // The audit: the editor's save and submission, the publisher's publish.
        publisher.navigate(url("/edit"));
        publisher.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Audit")).click();
        Locator audit = publisher.locator("vaadin-grid.audit-grid");
        audit.waitFor();
        publisher.waitForSelector("vaadin-grid.audit-grid vaadin-grid-cell-content:has-text('Published')");
        String shown = (String) publisher.evaluate("() => [...document.querySelectorAll('vaadin-grid.audit-grid vaadin-grid-cell-content')].map(c => c.textContent).join(' | ')");
        assertThat(shown).contains("Published").contains("version " + after).contains("Submitted for review").contains("Draft saved")
                .contains("erin").contains("pat").contains("IDC revised its forecast").contains("Signed in");
        editorContext.close();
        publisherContext.close();
    }

    @Test
    void theSignInIsInBothLanguagesAndAWrongPasswordIsTold() {
        page.navigate(url("/login?lang=zh"));
        page.waitForSelector("vaadin-login-form");
        assertThat(page.locator("vaadin-login-form").innerText()).contains("登录").contains("用户名");
        page.locator("vaadin-login-form input[name=username]").fill("admin");
        page.locator("vaadin-login-form input[name=password]").fill("not the password");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(u -> u.contains("error"));
        // The redirect drops the link's language; the sign-in keeps the one chosen.
        page.getByText("用户名或密码错误").waitFor();
        // Signed in, the editor signs out and is back at the sign-in.
        Page admin = signIn(context, "admin", ADMIN_PASSWORD, "zh");
        assertThat(admin.locator("vaadin-tabsheet").innerText()).contains("数字").contains("审核").contains("审计记录");
        admin.locator("#sign-out").click();
        admin.waitForURL(u -> u.contains("/login"));
        admin.navigate(url("/edit"));
        admin.waitForURL(u -> u.contains("/login"));
    }

    @Test
    void theReadingPageLoadsNothingOfTheEditor() {
        java.util.List<com.microsoft.playwright.Response> responses = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onResponse(responses::add);
        open("/");
        page.locator("#info-market-size").click();
        page.waitForTimeout(500);
        java.util.regex.Pattern editorElement = java.util.regex.Pattern.compile("[\"'`]vaadin-(login-form|upload|grid|dialog|tabsheet)[\"'`]");
        assertThat(responses).extracting(com.microsoft.playwright.Response::url)
                .noneMatch(u -> u.contains("lumo") || u.contains("editor") || u.contains("/login"))
                .anyMatch(u -> u.contains("generated-flow-imports"));
        for (com.microsoft.playwright.Response response : responses) {
            if (!response.url().endsWith(".js")) continue;
            assertThat(editorElement.matcher(response.text()).find()).as(response.url()).isFalse();
        }
        // And no cookie of the editor's: no CSRF token, no remembered sign-in.
        assertThat(context.cookies()).extracting(c -> c.name).doesNotContain("XSRF-TOKEN", "remember-me");
    }
}
