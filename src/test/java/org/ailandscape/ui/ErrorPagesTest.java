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

/** A missing page and a failing one both show plain words and the way back, never internals. */
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

    @Test
    void anUnknownPathShowsTheNotFoundPageWithTheWayBack() {
        navigate("no/such/page", NotFoundPage.class);
        String text = DashboardViewTest.pageText($(NotFoundPage.class).single());
        assertThat(text).contains("This page does not exist", "此页面不存在", "Open the report", "href=\"./\"");
        assertThat(text).doesNotContain("Could not navigate", "Available routes", "Exception");
        assertThat($(NotFoundPage.class).single().getPageTitle()).isEqualTo("This page does not exist");
    }

    @Test
    void aFailureShowsAPlainMessageAndNoInternals() {
        navigate("failing-for-test", FailurePage.class);
        String text = DashboardViewTest.pageText($(FailurePage.class).single());
        assertThat(text).contains("Something went wrong", "出错了", "Open the report");
        assertThat(text).doesNotContain("secret", "IllegalStateException", "com.example", "passwd");
    }
}
