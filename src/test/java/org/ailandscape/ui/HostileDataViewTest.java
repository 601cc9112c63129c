package org.ailandscape.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ailandscape.report.DataFixtures.at;
import static org.ailandscape.report.DataFixtures.editJson;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ailandscape.report.DataFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A data file is edited by people, so it may hold markup, by mistake or on purpose. Every place the
 * page shows data text shows it as text: the markup arrives escaped, never as elements.
 */
@SpringBootTest
@ViewPackages(classes = DashboardView.class)
class HostileDataViewTest extends SpringBrowserlessTest {

    static final String PAYLOAD = "<img src=x onerror=alert(1)>";
    static final String ESCAPED = "&lt;img src=x onerror=alert(1)&gt;";

    @DynamicPropertySource
    static void hostileData(DynamicPropertyRegistry registry) throws IOException {
        Path folder = DataFixtures.copyOfBundledData(Files.createTempDirectory("hostile-data"));
        editJson(folder, "report.json", r -> at(r, "/kicker").put("en", "Kicker " + PAYLOAD));
        editJson(folder, "kpis.json", r -> at(r, "/kpis/0/label").put("en", "Label " + PAYLOAD));
        editJson(folder, "kpis.json", r -> at(r, "/kpis/0/explanation").put("en", "Why " + PAYLOAD));
        editJson(folder, "companies.json", r -> at(r, "/companies/0/description").put("en", "Role " + PAYLOAD));
        editJson(folder, "forces.json", r -> at(r, "/forces/0/title").put("en", "Force " + PAYLOAD));
        editJson(folder, "regions.json", r -> at(r, "/regions/0/description").put("en", "Region " + PAYLOAD));
        editJson(folder, "faq.json", r -> at(r, "/items/0/question").put("en", "Question " + PAYLOAD));
        editJson(folder, "value-chain.json", r -> at(r, "/segments/0/name").put("en", "Segment " + PAYLOAD));
        registry.add("report.data-dir", folder::toString);
    }

    @Test
    void markupInTheDataReachesThePageAsText() {
        navigate(DashboardView.class);
        com.vaadin.flow.component.UI.getCurrent().navigate(DashboardView.class,
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("lang", "en", "info", "semiconductor-revenue")));
        for (SectionSlot slot : List.copyOf($(SectionSlot.class).all())) if (slot.isPending()) DashboardViewTest.comesNear(slot);
        $(MetricCard.class).id("metric-semiconductor-revenue").info().popover(); // the explanation, made as on a click

        String page = DashboardViewTest.pageText((DashboardView) getCurrentView());
        for (String where : List.of("Kicker ", "Label ", "Why ", "Force ", "Region ", "Question ", "Segment ")) {
            assertThat(page).as(where).contains(where + ESCAPED);
        }
        // Where the browser parses markup (innerHTML), the payload is escaped; elsewhere (text, attributes,
        // properties such as aria-label) the browser never parses it, so it may stand as it is.
        List<String> parsed = new java.util.ArrayList<>();
        collectInnerHtml(getCurrentView().getElement(), parsed);
        assertThat(parsed).isNotEmpty().noneMatch(html -> html.contains(PAYLOAD));
        assertThat(String.join("\n", parsed)).contains("Force " + ESCAPED, "Question " + ESCAPED, "Why " + ESCAPED);
    }

    private static void collectInnerHtml(com.vaadin.flow.dom.Element element, List<String> out) {
        if (element.getPropertyRaw("innerHTML") instanceof String html) out.add(html);
        element.getChildren().forEach(child -> collectInnerHtml(child, out));
        if (element.getComponent().orElse(null) instanceof com.vaadin.flow.component.popover.Popover popover) {
            popover.getChildren().forEach(child -> collectInnerHtml(child.getElement(), out));
        }
    }

    @Test
    void theSearchShowsMarkupFromTheDataAsText() {
        navigate(DashboardView.class);
        DashboardView view = (DashboardView) getCurrentView();
        test(view.search().field()).setValue("onerror");
        assertThat(view.search().list().html()).contains(ESCAPED.substring(0, 12)).doesNotContain("<img");
    }
}
