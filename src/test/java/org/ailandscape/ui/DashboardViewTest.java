package org.ailandscape.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.ailandscape.report.DataFixtures.at;
import static org.ailandscape.report.DataFixtures.editJson;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ailandscape.link.PageState;
import org.ailandscape.page.PagePart;
import org.ailandscape.page.PageRenderer;
import org.ailandscape.page.PageView;
import org.ailandscape.page.Reading;
import org.ailandscape.page.Translations;
import org.ailandscape.report.DataFixtures;
import org.ailandscape.report.ReportService;
import org.ailandscape.report.ReportStore;
import org.ailandscape.report.model.Language;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The live page, without a browser: it takes over the page the first response drew without sending
 * any of it again, follows the reader's toggles and typing and the links they follow, renders a part
 * again only when what it shows changes, and shows one version of the report for its whole life.
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
    PageRenderer renderer;

    @Autowired
    Translations translations;

    @Autowired
    org.ailandscape.page.PageParts parts;

    @BeforeEach
    void freshData() {
        DataFixtures.copyOfBundledData(folder);
        store.reload();
    }

    /** Opens a link as the browser's first navigation does after the first response. */
    private DashboardView open(String query) {
        // Elsewhere first, so that the page is a new one (as a new browser tab is).
        UI.getCurrent().navigate("not-the-report");
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
        DashboardView view = (DashboardView) getCurrentView();
        sent(); // what the opening itself asked of the browser (nothing of the page's content)
        return view;
    }

    /** Follows a link of the page in place (a navigation of the live page). */
    private void follow(String query) {
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
    }

    /** The parts' HTML sent to the browser since the last call, by part; and the other calls. */
    private final List<String> calls = new java.util.ArrayList<>();

    private Map<String, String> sent() {
        Map<String, String> parts = new LinkedHashMap<>();
        calls.clear();
        // Element.callJsFunction runs just before the response is written, as here.
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        for (var invocation : UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations()) {
            List<Object> parameters = invocation.getInvocation().getParameters();
            String expression = invocation.getInvocation().getExpression();
            if (expression.contains(".show(") && parameters.getFirst() instanceof Element target && parameters.get(1) instanceof String html) {
                parts.put(target.getAttribute("for"), html);
            } else if (expression.contains(".load(") && parameters.getFirst() instanceof Element target && parameters.get(1) instanceof String address) {
                // what the browser then fetches from the part's address
                parts.put(target.getAttribute("for"), fetch(address));
            } else {
                calls.add(expression + " " + parameters.stream().filter(p -> p instanceof String).toList());
            }
        }
        return parts;
    }

    /** The part at an address, as the browser gets it from PartController. */
    private String fetch(String address) {
        assertThat(address).startsWith("parts/");
        String id = address.substring("parts/".length(), address.indexOf('?'));
        Map<String, List<String>> parameters = QueryParameters.fromString(address.substring(address.indexOf('?') + 1)).getParameters();
        return parts.html(id, parameters).orElseThrow(() -> new AssertionError("no part at " + address));
    }

    private LivePart part(DashboardView view, PagePart which) {
        return view.parts().stream().filter(p -> p.part() == which).findFirst().orElseThrow();
    }

    /** What the browser sends when the reader does something inside a part (see frontend/live-page.js). */
    private static void fire(com.vaadin.flow.component.Component target, String type, Map<String, Object> detail) {
        ObjectNode data = JacksonUtils.createObjectNode();
        detail.forEach((key, value) -> data.set("event.detail." + key, JacksonUtils.getMapper().valueToTree(value)));
        // typing is sent when the reader pauses (a debounced event, delivered in its trailing phase)
        if (type.equals("part-input")) data.put(com.vaadin.flow.shared.JsonConstants.EVENT_DATA_PHASE,
                com.vaadin.flow.dom.DebouncePhase.TRAILING.getIdentifier());
        target.getElement().getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(target.getElement(), type, data));
    }

    /** The first response's HTML of one part for a link, as FirstResponse renders it. */
    private String firstResponse(String query, PagePart part) {
        PageState state = PageState.parse(query).knownTo(service.snapshot().report());
        var view = new PageView(service.snapshot(), new Reading(state.mode(Language.EN), Language.EN, translations), state);
        var document = Jsoup.parseBodyFragment(renderer.body(view));
        document.outputSettings().prettyPrint(false);
        return document.getElementById(part.elementId()).outerHtml();
    }

    @Test
    void aLinkOpensOnTheFirstResponsesPageAndSendsNoneOfItAgain() {
        DashboardView view = open("lang=zh&faq=rlhf&q=GPU&node=hyperscalers-gpu-clouds&unknown=1");
        assertThat(view.state()).isEqualTo(PageState.parse("lang=zh&faq=rlhf&q=GPU&node=hyperscalers-gpu-clouds"));
        assertThat(view.parts()).extracting(LivePart::part).containsExactly(PagePart.values());
        assertThat(sent()).isEmpty();
        assertThat(view.getPageTitle()).contains("人工智能行业全景报告 2026");
    }

    @Test
    void theReadersToggleChangesTheLinkAndOnlyThePartsThatShowIt() {
        DashboardView view = open("lang=en");
        fire(part(view, PagePart.FAQ), "part-toggle", Map.of("name", "faq", "id", "rlhf", "open", true));
        assertThat(view.state().faq()).containsExactly("rlhf");
        Map<String, String> sent = sent();
        assertThat(sent.keySet()).containsExactlyInAnyOrder("page-header", "value-chain", "companies", "faq");
        assertThat(Jsoup.parse(sent.get("faq")).getElementById("faq-rlhf").hasAttr("open")).isTrue();
        assertThat(calls).anyMatch(c -> c.contains("replaceUrl") && c.contains("?lang=en&faq=rlhf"));
        assertThat(calls).noneMatch(c -> c.contains("pushState"));

        // the browser echoes nothing back for the re-rendered part: the same toggle again changes nothing
        fire(part(view, PagePart.FAQ), "part-toggle", Map.of("name", "faq", "id", "rlhf", "open", true));
        assertThat(sent()).isEmpty();
    }

    @Test
    void typingAndTickingFilterTheTable() {
        DashboardView view = open("lang=en");
        fire(part(view, PagePart.COMPANIES), "part-input", Map.of("name", "q", "value", "GPU"));
        var table = Jsoup.parse(sent().get("companies"));
        assertThat(table.select("#company-table tbody tr")).extracting(e -> e.id()).containsExactly("company-xai", "company-coreweave");
        fire(part(view, PagePart.COMPANIES), "part-choice", Map.of("name", "layers", "value", List.of("compute")));
        assertThat(view.state().layers()).containsExactly("compute");
        assertThat(Jsoup.parse(sent().get("companies")).select("#company-table tbody tr")).extracting(e -> e.id()).containsExactly("company-coreweave");
        assertThat(view.state().toQueryString()).isEqualTo("lang=en&q=GPU&layers=compute");
    }

    @Test
    void whatTheReaderDidBeforeThePageCameAliveIsTakenOver() {
        DashboardView view = open("lang=en");
        fire(part(view, PagePart.FAQ), "part-sync", Map.of("open", List.of("faq:rlhf"), "values", Map.of()));
        fire(part(view, PagePart.KPIS), "part-sync", Map.of("open", List.of("info:hyperscaler-capex"), "values", Map.of()));
        fire(part(view, PagePart.OVERVIEW), "part-sync", Map.of("open", List.of(), "values", Map.of()));
        fire(part(view, PagePart.COMPANIES), "part-sync", Map.of("open", List.of(), "values", Map.of("q", "开源", "layers", List.of())));
        assertThat(view.state()).isEqualTo(PageState.parse("lang=en&faq=rlhf&info=hyperscaler-capex&q=开源"));
    }

    @Test
    void aFollowedLinkRendersWhatChangedAsTheFirstResponseOfThatLinkWould() {
        DashboardView view = open("lang=en");
        for (String link : List.of("lang=zh&faq=rlhf", "lang=both&sort=scale-desc&node=legal-ai", "lang=en&info=market-size&find=HBM",
                "lang=zh&q=开源&layers=models&section=companies")) {
            follow(link);
            Map<String, String> sent = sent();
            assertThat(view.state()).isEqualTo(PageState.parse(link));
            for (Map.Entry<String, String> part : sent.entrySet()) {
                PagePart which = java.util.Arrays.stream(PagePart.values()).filter(p -> p.elementId().equals(part.getKey())).findFirst().orElseThrow();
                assertThat(part.getValue()).as("%s of %s", which, link).isEqualTo(firstResponse(link, which));
            }
        }
        follow("lang=zh&q=开源&layers=models&sort=company-asc");
        assertThat(sent().keySet()).as("a sort changes the header (its language links), the value chain (its links) and the table")
                .containsExactlyInAnyOrder("page-header", "value-chain", "companies");
    }

    @Test
    void anEditWhileThePageIsOpenNeverMixesTwoVersions() {
        DashboardView view = open("lang=en");
        String oldQuestion = store.report().faq().items().getFirst().question().en();
        String oldSegment = store.report().valueChain().segments().getFirst().name().en();
        editJson(folder, "faq.json", r -> at(r, "/items/0/question").put("en", "An edited question?"));
        editJson(folder, "value-chain.json", r -> at(r, "/segments/0/name").put("en", "An edited segment"));
        assertThat(store.reload()).isTrue();

        follow("lang=both");
        follow("lang=en");
        String shown = String.join("\n", sent().values());
        assertThat(shown).contains(escaped(oldQuestion), escaped(oldSegment)).doesNotContain("An edited question?", "An edited segment");
        assertThat(shown).as("the notice that the report has been corrected").contains("The report has been corrected");

        // a page opened now shows the new version
        DashboardView fresh = open("lang=en");
        fire(part(fresh, PagePart.FAQ), "part-toggle", Map.of("name", "faq", "id", "rlhf", "open", true));
        String now = String.join("\n", sent().values());
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
        assertThat(store.report().segment("legal-ai")).isEmpty();

        assertThatCode(() -> {
            fire(part(view, PagePart.FAQ), "part-toggle", Map.of("name", "faq", "id", "rlhf", "open", false));
            follow("lang=zh&node=legal-ai");
            follow("lang=en&node=legal-ai&sort=scale-desc");
        }).doesNotThrowAnyException();
        assertThat(view.state().node()).as("the page keeps the version it shows").isEqualTo("legal-ai");
        assertThat(String.join("\n", sent().values())).contains("segment-legal-ai");

        DashboardView fresh = open("lang=en&node=legal-ai&faq=rlhf");
        assertThat(fresh.state()).as("a stale link opens the rest").isEqualTo(PageState.parse("lang=en&faq=rlhf"));
    }

    @Test
    void aPageOfAnEarlierVersionKeepsItAndLearnsOfTheCorrection() {
        String before = store.snapshot().version();
        editJson(folder, "report.json", r -> at(r, "/title").put("en", "A corrected title"));
        store.reload();

        DashboardView held = open("lang=en");
        fire(held, "page-sync", Map.of("version", before));
        assertThat(held.snapshot().version()).isEqualTo(before);
        assertThat(sent()).containsOnlyKeys("report-notice");

        DashboardView unknown = open("lang=en");
        fire(unknown, "page-sync", Map.of("version", "0123456789"));
        Map<String, String> sent = sent();
        assertThat(sent).as("a version no longer held: the whole page in the current one").hasSize(PagePart.values().length);
        assertThat(sent.get("page-header")).contains("A corrected title");
    }

    private static String escaped(String text) {
        return org.jsoup.nodes.Entities.escape(text);
    }
}
