package org.ailandscape.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.ailandscape.report.DataFixtures.at;
import static org.ailandscape.report.DataFixtures.editJson;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeDetailsTester;
import com.vaadin.flow.component.html.InputTester;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverTester;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.router.QueryParameters;
import java.nio.file.Path;
import java.util.List;
import org.ailandscape.chart.EChart;
import org.ailandscape.link.PageState;
import org.ailandscape.page.FollowedLinks;
import org.ailandscape.page.ReportPage;
import org.ailandscape.page.ViewChanges;
import org.ailandscape.reading.PageView;
import org.ailandscape.reading.Translations;
import org.ailandscape.report.DataFixtures;
import org.ailandscape.report.ReportService;
import org.ailandscape.report.ReportStore;
import org.ailandscape.report.model.Companies.Company;
import org.ailandscape.report.model.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The live page, without a browser: the Vaadin components of the link's view, bound to one version of
 * the report; the reader's toggles, typing, ticks and clicks reach the components' listeners and change
 * the view, and the page the live view ends up showing is the page of that view's link.
 */
@SpringBootTest
@ViewPackages(classes = DashboardView.class)
class DashboardViewTest extends SpringBrowserlessTest {

    private static Path folder;

    @DynamicPropertySource
    static void editableData(DynamicPropertyRegistry registry) {
        folder = DataFixtures.copyInNewFolder("live-data");
        registry.add("report.data-dir", folder::toString);
    }

    @Autowired
    ReportStore store;

    @Autowired
    ReportService service;

    @Autowired
    Translations translations;

    @BeforeEach
    void freshData() {
        DataFixtures.copyOfBundledData(folder);
        store.reload();
    }

    /** Opens a link as the browser's first navigation does. */
    private DashboardView open(String query) {
        // Elsewhere first, so that the page is a new one (as a new browser tab is).
        UI.getCurrent().navigate("not-the-report");
        return follow(query);
    }

    /** Follows a link of the page (a navigation of the live page: a language, Back). */
    private DashboardView follow(String query) {
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
        return (DashboardView) getCurrentView();
    }

    private static List<String> ids(List<Company> rows) {
        return rows.stream().map(Company::id).toList();
    }

    private ReportPage page() {
        return $(ReportPage.class).single();
    }

    /** A plain click on a link of a component that follows such links (see FollowedLinks), as the browser reports it. */
    private static void clickLink(Component host, String selector, String search) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put(FollowedLinks.LINK, search);
        data.put(FollowedLinks.filter(selector), true);
        new Events(host).fire("click", data);
    }

    /** Fires a DOM event on a component as the browser does, with its event data. */
    private static final class Events extends ComponentTester<Component> {

        Events(Component component) {
            super(component);
        }

        void fire(String type, ObjectNode data) {
            fireDomEvent(new DomEvent(getComponent().getElement(), type, data));
        }
    }

    @Test
    void aLinkOpensTheViewItNames() {
        DashboardView view = open("lang=en&faq=rlhf&info=market-size&q=GPU&sort=scale-desc&node=hyperscalers-gpu-clouds");
        assertThat($(NativeDetails.class).id("faq-rlhf").isOpen()).isTrue();
        assertThat($(NativeDetails.class).id("faq-euv-lithography").isOpen()).isFalse();
        assertThat($(Popover.class).id("explain-market-size").isOpened()).isTrue();
        assertThat($(Popover.class).all()).filteredOn(Popover::isOpened).hasSize(1);
        assertThat($(Input.class).id("company-filter").getValue()).isEqualTo("GPU");
        assertThat(ids(page().companies())).containsExactly("coreweave");
        assertThat($(EChart.class).id("value-chain-chart").getElement().getAttribute("selected")).isEqualTo("hyperscalers-gpu-clouds");
        assertThat(view.state()).isEqualTo(PageState.parse("lang=en&faq=rlhf&info=market-size&q=GPU&sort=scale-desc&node=hyperscalers-gpu-clouds"));
    }

    @Test
    void openingAnswersAndAnExplanationChangesTheView() {
        DashboardView view = open("lang=en");
        test($(NativeDetails.class).id("faq-rlhf")).toggleContent();
        test($(NativeDetails.class).id("faq-euv-lithography")).toggleContent();
        assertThat(view.state().faq()).containsExactlyInAnyOrder("rlhf", "euv-lithography");
        test($(NativeDetails.class).id("faq-rlhf")).toggleContent();
        assertThat(view.state().faq()).containsExactly("euv-lithography");

        PopoverTester explanation = test($(Popover.class).id("explain-hyperscaler-capex"));
        explanation.open();
        assertThat(view.state().info()).isEqualTo("hyperscaler-capex");
        explanation.close();
        assertThat(view.state().info()).isNull();
    }

    @Test
    void changesArrivingInOneMessageAreAllKept() {
        // What the live page sends when it takes over a page the reader changed meanwhile: Flow applies every
        // property of a message first (an answer's open, the filter's value), then its events, so an explanation's
        // change shows a view before the answer's own toggle event is handled. Neither may undo the other.
        DashboardView view = open("lang=en");
        NativeDetails answer = $(NativeDetails.class).id("faq-rlhf");
        answer.getElement().setProperty("open", true);
        $(Input.class).id("company-filter").getElement().setProperty("value", "GPU");
        test($(Popover.class).id("explain-semiconductor-revenue")).open();
        assertThat(answer.isOpen()).as("the answer the reader opened stays open").isTrue();
        assertThat($(Input.class).id("company-filter").getValue()).isEqualTo("GPU");
        new Events(answer).fire("toggle", JsonNodeFactory.instance.objectNode());
        assertThat(view.state().faq()).containsExactly("rlhf");
        assertThat(view.state().info()).isEqualTo("semiconductor-revenue");
    }

    @Test
    void typingAndTickingFilterTheTable() {
        DashboardView view = open("lang=en");
        assertThat(page().companies()).hasSize(12);
        InputTester filter = test($(Input.class).id("company-filter"));
        filter.setValue("开源");
        assertThat(view.state().q()).isEqualTo("开源");
        assertThat(ids(page().companies())).containsExactlyInAnyOrder("meta-ai", "deepseek", "mistral-ai");

        Component layers = $(Component.class).id("company-layers");
        ObjectNode ticked = JsonNodeFactory.instance.objectNode();
        ticked.putArray("Array.from(element.querySelectorAll('input[type=checkbox]:checked'), box => box.value)").add("models");
        new Events(layers).fire("change", ticked);
        assertThat(view.state().layers()).containsExactly("models");
        assertThat(page().companies()).isNotEmpty().allSatisfy(c -> assertThat(c.layer()).isEqualTo("models"));
        filter.setValue("");
        assertThat(view.state().q()).isEmpty();
    }

    @Test
    void aHeadingSortsByItKeepingTheRestOfTheView() {
        DashboardView view = open("lang=en&faq=rlhf&q=AI");
        clickLink($(Section.class).id("companies"), "a.sort", "?lang=en&q=AI&sort=scale-desc");
        assertThat(view.state().sort()).isNotNull();
        assertThat(view.state().faq()).as("the open answer stays open").containsExactly("rlhf");
        assertThat(view.state().q()).isEqualTo("AI");
        List<Company> rows = page().companies();
        List<Double> amounts = rows.stream().filter(c -> c.scale().figure() != null).map(c -> c.scale().figure().amount()).toList();
        assertThat(amounts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void aClickOnTheSankeySelectsTheSegmentAndNarrowsTheTable() {
        DashboardView view = open("lang=en&faq=rlhf");
        EChart sankey = $(EChart.class).id("value-chain-chart");
        ObjectNode click = JsonNodeFactory.instance.objectNode();
        click.put("event.detail.id", "legal-ai");
        click.put("event.detail.name", "Legal AI");
        new Events(sankey).fire("chart-click", click);
        assertThat(view.state().node()).isEqualTo("legal-ai");
        assertThat(view.state().faq()).containsExactly("rlhf");
        assertThat(sankey.getElement().getAttribute("selected")).isEqualTo("legal-ai");
        assertThat(ids(page().companies())).containsExactly("harvey");
        // the same segment again: the selection is cleared
        new Events(sankey).fire("chart-click", click);
        assertThat(view.state().node()).isNull();
        assertThat(page().companies()).hasSize(12);
    }

    @Test
    void aLanguageLinkBuildsThePageInThatLanguageAndBackReturns() {
        open("lang=en&faq=rlhf");
        follow("lang=zh&faq=rlhf");
        assertThat($(NativeDetails.class).id("faq-rlhf").isOpen()).isTrue();
        assertThat(page().getElement().getAttribute("lang")).isEqualTo("zh-Hans");
        DashboardView back = follow("lang=en&faq=rlhf");
        assertThat(back.state().lang()).isEqualTo(org.ailandscape.link.ReadingMode.EN);
        assertThat(page().getElement().getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void whateverTheReaderDidTheLivePageIsThePageOfItsLink() {
        DashboardView view = open("lang=en&q=GPU");
        test($(NativeDetails.class).id("faq-rlhf")).toggleContent();
        test($(Popover.class).id("explain-market-size")).open();
        clickLink($(Section.class).id("companies"), "a.sort", "?lang=en&sort=company-asc");
        clickLink($(Section.class).id("value-chain"), "a.segment-select, #value-chain-clear", "?lang=en&node=upstream");
        PageState state = view.state();
        assertThat(state).isEqualTo(PageState.parse("lang=en&q=GPU&faq=rlhf&sort=company-asc&node=upstream"));
        String firstResponse = new ReportPage(PageView.of(view.snapshot(), state, Language.EN, translations), ViewChanges.NONE).writtenOut();
        // The live tree written out (done last: writing out turns its popovers into native ones).
        String live = normalised(page().writtenOut());
        String expected = normalised(firstResponse);
        int at = 0;
        while (at < live.length() && at < expected.length() && live.charAt(at) == expected.charAt(at)) at++;
        assertThat(live.substring(Math.max(0, at - 150), Math.min(live.length(), at + 150)))
                .as("where the live page differs from the first response of its link")
                .isEqualTo(expected.substring(Math.max(0, at - 150), Math.min(expected.length(), at + 150)));
    }

    @Test
    void anEditWhileThePageIsOpenNeverMixesTwoVersions() {
        open("lang=en");
        String oldQuestion = store.report().faq().items().getFirst().question().en();
        editJson(folder, "faq.json", r -> at(r, "/items/0/question").put("en", "An edited question?"));
        editJson(folder, "value-chain.json", r -> at(r, "/segments/0/name").put("en", "An edited segment"));
        assertThat(store.reload()).isTrue();

        follow("lang=both");
        follow("lang=en");
        String shown = page().writtenOut();
        assertThat(shown).contains(escaped(oldQuestion)).doesNotContain("An edited question?", "An edited segment");
        assertThat(shown).as("the notice that the report has been corrected").contains("The report has been corrected");

        open("lang=en");
        String now = page().writtenOut();
        assertThat(now).contains("An edited question?").doesNotContain("has been corrected");
    }

    @Test
    void anEditRemovingWhatThePageShowsThrowsNothing() {
        DashboardView view = open("lang=en&node=legal-ai&faq=rlhf");
        editJson(folder, "value-chain.json", r -> {
            ArrayNode segments = (ArrayNode) r.get("segments");
            for (int i = segments.size() - 1; i >= 0; i--) if (segments.get(i).get("id").asString().equals("legal-ai")) segments.remove(i);
            ArrayNode links = (ArrayNode) r.get("links");
            for (int i = links.size() - 1; i >= 0; i--) {
                if (links.get(i).get("from").asString().equals("legal-ai") || links.get(i).get("to").asString().equals("legal-ai")) links.remove(i);
            }
        });
        editJson(folder, "companies.json", r -> r.get("companies").forEach(c -> {
            ArrayNode ids = (ArrayNode) c.get("segments");
            for (int i = ids.size() - 1; i >= 0; i--) if (ids.get(i).asString().equals("legal-ai")) ids.remove(i);
        }));
        editJson(folder, "charts.json", r -> ((ArrayNode) at(r, "/charts/1").get("figures")).remove(0));
        assertThat(store.reload()).as(String.valueOf(store.lastRefusal())).isTrue();

        assertThatCode(() -> {
            test($(NativeDetails.class).id("faq-rlhf")).toggleContent();
            follow("lang=zh&node=legal-ai");
            follow("lang=en&node=legal-ai&sort=scale-desc");
        }).doesNotThrowAnyException();
        assertThat(((DashboardView) getCurrentView()).state().node()).as("the page keeps the version it shows").isEqualTo("legal-ai");
        assertThat(page().writtenOut()).contains("segment-legal-ai");

        DashboardView fresh = open("lang=en&node=legal-ai&faq=rlhf");
        assertThat(fresh.state()).as("a stale link opens the rest").isEqualTo(PageState.parse("lang=en&faq=rlhf"));
    }

    /** The page with each element's attributes in one order. */
    private static String normalised(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        for (org.jsoup.nodes.Element element : document.body().select("*")) {
            var attributes = new java.util.ArrayList<>(element.attributes().asList());
            attributes.forEach(a -> element.removeAttr(a.getKey()));
            attributes.stream().sorted(java.util.Comparator.comparing(org.jsoup.nodes.Attribute::getKey)).forEach(a -> element.attr(a.getKey(), a.getValue()));
        }
        return document.body().html();
    }

    private static String escaped(String text) {
        return org.jsoup.nodes.Entities.escape(text);
    }
}
