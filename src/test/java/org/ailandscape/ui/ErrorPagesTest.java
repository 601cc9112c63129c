package org.ailandscape.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * On the live page, a missing view and a failing one both show plain words and the way back, never
 * internals (the first response of an unknown path is the server's own 404 page, see FirstResponseIT).
 */
@SpringBootTest
@ViewPackages(classes = {DashboardView.class, ErrorPagesTest.Failing.class})
class ErrorPagesTest extends SpringBrowserlessTest {

    /** A page that fails while opening, as a bug would. */
    @Route("failing-for-test")
    public static class Failing extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalStateException("secret internals: /etc/passwd at com.example.Secret");
        }
    }

    private static String html(com.vaadin.flow.component.Component page) {
        return org.ailandscape.page.Rendered.outerHtml(page.getElement());
    }

    @Test
    void anUnknownPathShowsTheNotFoundPageWithTheWayBack() {
        navigate("no/such/page", NotFoundPage.class);
        String text = html($(NotFoundPage.class).single());
        assertThat(text).contains("This page does not exist", "此页面不存在", "Open the report", "href=\"./\"");
        assertThat(text).doesNotContain("Could not navigate", "Available routes", "Exception");
        assertThat($(NotFoundPage.class).single().getPageTitle()).isEqualTo("This page does not exist");
    }

    @Test
    void aFailureShowsAPlainMessageAndNoInternals() {
        navigate("failing-for-test", FailurePage.class);
        String text = html($(FailurePage.class).single());
        assertThat(text).contains("Something went wrong", "出错了", "Open the report");
        assertThat(text).doesNotContain("secret", "IllegalStateException", "com.example", "passwd");
    }
}
