package org.ailandscape.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import org.ailandscape.chart.ChartClickEvent;
import org.ailandscape.report.ReportService;
import org.ailandscape.report.model.Companies.Company;
import org.ailandscape.report.model.Report;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Each section renders the service's data, in each reading mode, without a browser. */
@SpringBootTest
@ViewPackages(classes = DashboardView.class)
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    ReportService service;

    private DashboardView open(String lang) {
        return open(java.util.Map.of("lang", lang));
    }

    /** The page as a reader sees it who has scrolled through it: every section built. */
    private DashboardView open(java.util.Map<String, String> query) {
        DashboardView view = openAtTheTop(query);
        scrollThrough();
        return view;
    }

    /** The page as it first opens: only the sections the link needs are built. */
    private DashboardView openAtTheTop(java.util.Map<String, String> query) {
        navigate(DashboardView.class);
        com.vaadin.flow.component.UI.getCurrent().navigate(DashboardView.class, com.vaadin.flow.router.QueryParameters.simple(query));
        return (DashboardView) getCurrentView();
    }

    private List<String> pending() {
        return $(SectionSlot.class).all().stream().filter(SectionSlot::isPending).map(s -> s.section().id()).toList();
    }

    /** What the browser reports as the reader scrolls: each pending section comes near the viewport. */
    private void scrollThrough() {
        for (SectionSlot slot : List.copyOf($(SectionSlot.class).all())) if (slot.isPending()) comesNear(slot);
    }

    /** What the browser sends when the reader comes within a screen of an empty slot. */
    static void comesNear(SectionSlot slot) {
        Element element = slot.getElement();
        element.getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .fireEvent(new com.vaadin.flow.dom.DomEvent(element, "section-needed", com.vaadin.flow.internal.JacksonUtils.createObjectNode()));
    }

    @Test
    void thePageOpensWithItsTopSectionAndBuildsEachOtherWhenTheReaderComesNear() {
        DashboardView view = openAtTheTop(java.util.Map.of("lang", "en"));
        assertThat($(OverviewSection.class).all()).hasSize(1);
        assertThat(pending()).containsExactly("kpis", "value-chain", "market", "companies", "forces", "regions", "faq");
        assertThat($(FaqSection.class).all()).isEmpty();
        assertThat(pageText(view)).doesNotContain("RLHF");

        SectionSlot faq = $(SectionSlot.class).all().stream().filter(p -> p.section().id().equals("faq")).findFirst().orElseThrow();
        comesNear(faq);
        assertThat($(FaqSection.class).all()).hasSize(1);
        assertThat($(FaqSection.class).first().getId()).hasValue("faq");
        assertThat(pending()).hasSize(6);
        assertThat(pageText(view)).contains("RLHF");
    }

    @Test
    void aSectionLinkBuildsItsSectionAndWhatIsAboveItOnly() {
        openAtTheTop(java.util.Map.of("lang", "en", "section", "companies"));
        assertThat(pending()).containsExactly("forces", "regions", "faq");
    }

    @Test
    void aFilterLinkBuildsTheTableOnly() {
        openAtTheTop(java.util.Map.of("lang", "en", "q", "GPU"));
        assertThat(pending()).containsExactly("kpis", "value-chain", "market", "forces", "regions", "faq");
    }

    @Test
    void sectionsKeepTheReportsOrderWhateverOrderTheyArriveIn() {
        DashboardView view = openAtTheTop(java.util.Map.of("lang", "en"));
        List<SectionSlot> slots = new ArrayList<>($(SectionSlot.class).all());
        java.util.Collections.reverse(slots);
        slots.stream().filter(SectionSlot::isPending).forEach(DashboardViewTest::comesNear);
        var main = view.getChildren().filter(c -> c.getId().orElse("").equals("main")).findFirst().orElseThrow();
        assertThat(main.getChildren().map(slot -> slot.getChildren().findFirst().flatMap(c -> c.getId()).orElse("?")).toList())
                .containsExactly("overview", "kpis", "value-chain", "market", "companies", "forces", "regions", "faq");
    }

    @Test
    void aLinkBuildsWhatItShowsAtOnceInItsState() {
        openAtTheTop(java.util.Map.of("lang", "zh", "faq", "rlhf", "node", "open-weight-models", "sort", "scale-desc"));
        // the FAQ is where this link scrolls to, so everything above it is built as well
        assertThat(pending()).isEmpty();
        assertThat($(FaqSection.class).first().openIds()).containsExactly("rlhf");
        assertThat($(ValueChainSection.class).first().selected()).isEqualTo("open-weight-models");
        CompaniesSection companies = $(CompaniesSection.class).first();
        assertThat(companies.sort()).isEqualTo(new org.ailandscape.report.CompanyQuery.Sort(org.ailandscape.report.CompanyQuery.Column.SCALE, false));
        assertThat(test(companies.grid()).size()).isLessThan(12);

        // a section built later, in another language, comes in the page's language
        openAtTheTop(java.util.Map.of("lang", "zh"));
        scrollThrough();
        assertThat(pageText($(CardsSection.class).all().getFirst())).contains("lang=\"zh-Hans\"");
    }

    @Test
    void everySectionRendersTheReportInEnglish() {
        DashboardView view = open("en");
        Report report = service.report();
        String page = pageText(view);

        assertThat($(MetricCard.class).all()).hasSize(report.overview().headlineMetrics().size() + report.kpis().kpis().size()).hasSize(7);
        assertThat(page).contains("~$376B → $2.5T by 2033", "Private Funding (TTM)", "$1.29T", "Hyperscaler capex 2026 (MSFT, AWS, Google, Meta, Oracle)");
        assertThat(page).contains("Hype Era", "Agentic Shift", "The AI industry has moved through three phases:");
        assertThat(count(page, "class=\"card segment-card")).isEqualTo(19);
        assertThat(page).contains("Chip Design &amp; Fab", "Robotics &amp; Physical AI", "Humanoid robots, autonomous vehicles, industrial automation.");
        assertThat(count(page, "id=\"market-")).isEqualTo(6);
        assertThat(count(page, "id=\"forces-")).isEqualTo(6);
        assertThat(count(page, "id=\"regions-")).isEqualTo(6);
        assertThat($(Details.class).all()).filteredOn(d -> d.hasClassName("faq-item")).hasSize(8);
        assertThat(page).contains("<th scope=\"col\">2026 Value</th>", "<th scope=\"row\">Quantization</th>");
        assertThat(test(view.companies().grid()).size()).isEqualTo(12);
        assertThat(page).contains(report.info().disclaimer().en());
        assertThat(page).doesNotContain("lang=\"zh-Hans\">人工智能");
    }

    @Test
    void chineseShowsTheChineseTextAndChrome() {
        DashboardView view = open("zh");
        String page = pageText(view);
        assertThat(page).contains("lang=\"zh-Hans\"", "~$3760亿 → 2033年$2.5万亿", "概念炒作期", "芯片设计与制造", "关键指标", "显示 12 / 12 家");
        assertThat(page).doesNotContain("Chip Design &amp; Fab", "Hype Era");
        assertThat(view.companies().grid().getColumnByKey("company").getHeaderText()).isEqualTo("企业");
    }

    @Test
    void bothShowsEachTextTwiceButTheChromeOnce() {
        DashboardView view = open("both");
        String page = pageText(view);
        assertThat(page).contains("Chip Design &amp; Fab", "芯片设计与制造", "Hype Era", "概念炒作期");
        // the heading of the page's own words, in the chrome's language only (the nav has it once too)
        assertThat(count(page, ">Key figures</span>") + count(page, ">关键指标</span>")).isEqualTo(1);
        assertThat(count(page, ">Key figures</a>") + count(page, ">关键指标</a>")).isEqualTo(1);
    }

    @Test
    void noTranslationIsMissingInAnyMode() {
        for (String lang : List.of("en", "zh", "both")) {
            String page = pageText(open(lang));
            assertThat(page).as(lang).doesNotContain("!en:", "!zh:", "!{", "!" + "null");
        }
    }

    @Test
    void aMalformedLanguageParameterIsIgnored() {
        DashboardView view = open(java.util.Map.of("lang", "<script>alert(1)</script>", "section", "../../etc/passwd"));
        assertThat(view.reading().mode()).isIn(ReadingMode.EN, ReadingMode.ZH);
        assertThat(pageText(view)).doesNotContain("<script>");
    }

    @Test
    void infoButtonsNameTheirFigureAndShowTheSources() {
        open("en");
        MetricCard semis = $(MetricCard.class).id("metric-semiconductor-revenue");
        assertThat(semis.info().button().getAriaLabel()).hasValueSatisfying(l -> assertThat(l).contains("Semiconductor revenue 2026"));
        String popover = ((HtmlFragment) semis.info().popover().getChildren().findFirst().orElseThrow()).html();
        assertThat(popover).contains("IDC", "Semiconductor Forecast", "Apr 2026", "Source: IDC Semiconductor Forecast, Apr 2026", "2026");
    }

    @Test
    void anExplanationIsMadeOnItsFirstClickAndItsLinkFollows() {
        DashboardView view = open("en");
        MetricCard semis = $(MetricCard.class).id("metric-semiconductor-revenue");
        assertThat(semis.info().getChildren().filter(com.vaadin.flow.component.popover.Popover.class::isInstance)).isEmpty();

        test(semis.info().button()).click();

        assertThat(semis.info().isOpen()).isTrue();
        assertThat(semis.info().getChildren().filter(com.vaadin.flow.component.popover.Popover.class::isInstance)).hasSize(1);
        assertThat(view.state().info()).isEqualTo("semiconductor-revenue");
    }

    @Test
    void clickingASankeyNodeFiltersTheCompaniesAndTheChipClearsIt() {
        DashboardView view = open("en");
        var chart = view.valueChain().chart();
        com.vaadin.flow.component.ComponentUtil.fireEvent(chart,
                new ChartClickEvent(chart, true, "", "sankey", "node", "Open-Weight Models", "open-weight-models", null));

        List<String> shown = rows(view);
        assertThat(shown).containsExactlyInAnyOrder("Meta AI", "Mistral AI", "DeepSeek");
        assertThat($(com.vaadin.flow.component.html.Div.class).id("company-segment-chip").isVisible()).isTrue();
        assertThat(pageText(view)).contains("segment-card selected\" id=\"segment-open-weight-models\"");

        test($(com.vaadin.flow.component.button.Button.class).id("company-segment-clear")).click();
        assertThat(rows(view)).hasSize(12);
    }

    @Test
    void typingChineseFiltersTheGridAndTheEmptyStateOffersAWayOut() {
        DashboardView view = open("zh");
        test(view.companies().filter()).setValue("律所");
        assertThat(rows(view)).containsExactly("Harvey");
        assertThat(pageText(view)).contains("显示 1 / 12 家");

        test(view.companies().filter()).setValue("no such company");
        assertThat(view.companies().grid().isVisible()).isFalse();
        test($(com.vaadin.flow.component.button.Button.class).id("company-clear")).click();
        assertThat(rows(view)).hasSize(12);
        assertThat(view.companies().filter().getValue()).isEmpty();
    }

    @Test
    void everyChartHasItsTableAlternativeWithTheNumbersOfTheData() {
        open("en");
        List<FigureChart> charts = $(FigureChart.class).all();
        assertThat(charts).extracting(c -> c.spec().id())
                .containsExactlyInAnyOrder("market-size", "metric-hierarchy", "adoption", "segment-growth", "inference-price");
        Report report = service.report();
        for (FigureChart chart : charts) {
            String table = chart.table().html();
            for (String id : chart.spec().figuresOrEmpty()) {
                assertThat(table).as(chart.spec().id()).contains(org.jsoup.nodes.Entities.escape(report.figure(id).orElseThrow().display().en()));
            }
            JsonNode option = chart.chart().getOption().has("baseOption") ? chart.chart().getOption().get("baseOption") : chart.chart().getOption();
            assertThat(option.at("/aria/label/description").asString()).isNotBlank();
        }
        FigureChart market = $(FigureChart.class).id("chart-market-size");
        assertThat(market.table().html()).contains("~$376B", "$2.5T by 2033", "$2.39T", "$3.07T", "(derived)");
        assertThat(pageText(market)).contains("Sources: </span>IDC · 2026; McKinsey · 2026; Morgan Stanley · 2026");
    }

    @Test
    void aDeepLinkRestoresEveryKindOfState() {
        DashboardView view = open(java.util.Map.of("lang", "zh", "faq", "hbm-dram-bottleneck,euv-lithography", "info", "hyperscaler-capex",
                "q", "valuation", "layers", "models,data", "sort", "scale-desc", "node", "frontier-foundation-models"));
        assertThat(view.reading().mode()).isEqualTo(ReadingMode.ZH);
        assertThat(view.faq().openIds()).containsExactlyInAnyOrder("hbm-dram-bottleneck", "euv-lithography");
        // The explanation itself opens in the browser once laid out (DeepLinkIT); here the state holds it.
        assertThat(view.state().info()).isEqualTo("hyperscaler-capex");
        assertThat(view.companies().filter().getValue()).isEqualTo("valuation");
        assertThat(view.companies().query().layers()).containsExactlyInAnyOrder("models", "data");
        assertThat(view.companies().sort()).isEqualTo(new org.ailandscape.report.CompanyQuery.Sort(org.ailandscape.report.CompanyQuery.Column.SCALE, false));
        assertThat(view.valueChain().selected()).isEqualTo("frontier-foundation-models");
        // models ∩ valuation ∩ frontier segment: xAI only.
        assertThat(rows(view)).containsExactly("xAI (Grok)");
    }

    @Test
    void unknownIdsInALinkAreDroppedAndTheRestIsKept() {
        DashboardView view = open(java.util.Map.of("faq", "no-such-question,rlhf", "info", "no-such-kpi", "node", "no-such-node", "layers", "chips"));
        assertThat(view.faq().openIds()).containsExactly("rlhf");
        assertThat(view.state().info()).isNull();
        assertThat(view.valueChain().selected()).isNull();
        assertThat(rows(view)).hasSize(12);
    }

    @Test
    void searchFindsBothLanguagesAndLinksToWhereEachHitIs() {
        DashboardView view = open("en");
        test(view.search().field()).setValue("HBM");
        String results = view.search().list().html();
        assertThat(results).contains("?lang=en&amp;node=high-bandwidth-memory", "?lang=en&amp;section=faq&amp;faq=hbm-dram-bottleneck",
                "?lang=en&amp;info=semiconductor-revenue", "5 places found");

        test(view.search().field()).setValue("核电");
        assertThat(view.search().list().html()).contains("section=forces", "lang=\"zh-Hans\"");

        test(view.search().field()).setValue("<script>");
        assertThat(view.search().list().html()).contains("0 places found").doesNotContain("<script>");
    }

    @Test
    void everyColumnSorts() {
        DashboardView view = open("en");
        var grid = test(view.companies().grid());
        for (String key : List.of("company", "layer", "role", "scale")) {
            assertThat(grid.isColumnSortable(key)).as(key).isTrue();
        }
    }

    private List<String> rows(DashboardView view) {
        var grid = test(view.companies().grid());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) names.add(((Company) grid.getRow(i)).name().en());
        return names;
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) n++;
        return n;
    }

    /** Everything the page would show: texts, fragment HTML, labels and other text properties. */
    static String pageText(Component root) {
        StringBuilder out = new StringBuilder();
        collect(root.getElement(), out);
        return out.toString();
    }

    private static void collect(Element element, StringBuilder out) {
        if (element.isTextNode()) out.append(element.getText()).append('\n');
        element.getPropertyNames().forEach(name -> {
            if (element.getPropertyRaw(name) instanceof String s) out.append(s).append('\n');
        });
        element.getAttributeNames().forEach(name -> out.append(element.getAttribute(name)).append('\n'));
        element.getChildren().forEach(child -> collect(child, out));
        element.getComponent().ifPresent(c -> {
            if (c instanceof Component component) {
                component.getChildren().filter(child -> child.getElement().getParent() == null)
                        .forEach(child -> collect(child.getElement(), out));
            }
        });
    }
}
