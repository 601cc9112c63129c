package org.ailandscape.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * An editor who does nothing is signed out: the open tab's heartbeats (here every second) keep Vaadin's
 * session alive, but they do not count as activity: after the idle timeout (here 3 s) the next heartbeat
 * ends the session, and the tab lands on the sign-in page by itself.
 */
@TestPropertySource(properties = {"report.admin-password=" + EditorIdleIT.PASSWORD, "report.editor.idle-timeout=3s", "vaadin.heartbeatInterval=1"})
class EditorIdleIT extends BrowserTest {

    static final String PASSWORD = "an admin password for tests";

    @Test
    void anIdleEditorIsSignedOut() {
        page.navigate(url("/login"));
        page.locator("vaadin-login-form input[name=username]").fill("admin");
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(url("/edit"));
        page.waitForSelector("vaadin-tabsheet");
        // Active: a click now is an action, and the editor stays.
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Texts and values")).click();
        page.waitForTimeout(1500);
        assertThat(page.url()).contains("/edit");
        // Idle for longer than the timeout, heartbeats going on: signed out, and the editor is no longer reachable.
        page.waitForURL(u -> u.contains("/login"), new Page.WaitForURLOptions().setTimeout(15000));
        page.navigate(url("/edit"));
        page.waitForURL(u -> u.contains("/login"));
    }
}
