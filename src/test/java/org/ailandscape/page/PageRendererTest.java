package org.ailandscape.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ailandscape.link.PageState;
import org.ailandscape.report.DataFile;
import org.ailandscape.report.DataFolder;
import org.ailandscape.report.ReportSnapshot;
import org.ailandscape.report.DataFixtures;
import org.ailandscape.report.model.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The page as the first response carries it: the whole report, in the link's languages and state,
 * as semantic HTML that reads without script.
 */
class PageRendererTest {

    private static final ReportSnapshot SNAPSHOT = DataFixtures.bundled();
    private static final Translations WORDS = new Translations();
    private final PageRenderer renderer = new PageRenderer();

    static PageView view(String query, Language browser) {
        PageState state = PageState.parse(query).knownTo(SNAPSHOT.report());
        return new PageView(SNAPSHOT, new Reading(state.mode(browser), browser, WORDS), state);
    }

    private Document page(String query) {
        return Jsoup.parseBodyFragment(renderer.body(view(query, Language.EN)));
    }

    /** Every text of the dataset in one language (the report's own words, verbatim). */
    private static List<String> texts(Language language) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<String> texts = new ArrayList<>();
        for (DataFile file : DataFile.values()) {
            collect(json.readTree(DataFolder.bundled().read(file.fileName())), language, false, texts);
        }
        return texts;
    }

    private static void collect(JsonNode node, Language language, boolean inLanguage, List<String> out) {
        if (node.isString() && inLanguage) out.add(node.asString().replaceAll("\\s+", " ").strip());
        if (node.isArray()) node.forEach(child -> collect(child, language, inLanguage, out));
        if (node.isObject()) {
            node.properties().forEach(e -> {
                boolean answers = e.getKey().equals(language.key()) && e.getValue().isArray(); // an FAQ answer's blocks
                boolean text = e.getKey().equals(language.key()) && e.getValue().isString();
                boolean block = inLanguage && Set.of("text", "lead", "caption", "header", "rows", "items").contains(e.getKey());
                if (e.getKey().equals("$schema") || e.getKey().equals("id") || e.getKey().equals("type")) return;
                // a figure's label is the product's own word for a chart axis, not the report's text
                if (e.getKey().equals("label") && node.has("unit")) return;
                collect(e.getValue(), language, text || answers || block, out);
            });
        }
    }

    @Test
    void theFirstResponseHoldsEveryTextOfTheReportInItsLanguage() throws IOException {
        for (Language language : Language.values()) {
            String text = page("lang=" + language.key()).text().replaceAll("\\s+", " ");
            List<String> missing = texts(language).stream().filter(t -> !t.isEmpty() && !text.contains(t)).toList();
            assertThat(missing).as("report texts (%s) missing from the first response", language).isEmpty();
        }
    }

    @Test
    void closedAnswersAndExplanationsAreInTheDocument() {
        Document page = page("lang=en");
        assertThat(page.select("details.faq-item")).hasSize(SNAPSHOT.report().faq().items().size())
                .allSatisfy(d -> assertThat(d.hasAttr("open")).isFalse());
        assertThat(page.select("details.info")).hasSize(SNAPSHOT.report().overview().headlineMetrics().size() + SNAPSHOT.report().kpis().kpis().size() + 1);
        assertThat(page.getElementById("faq-rlhf").text()).contains("RLHF");
        assertThat(page.getElementById("explain-semiconductor-revenue").text()).contains("Sources");
    }

    @Test
    void theLinksStateIsRenderedOpenFilteredSortedAndSelected() {
        Document page = page("lang=en&faq=rlhf&info=hyperscaler-capex&q=GPU&sort=company-desc&node=hyperscalers-gpu-clouds");
        assertThat(page.getElementById("faq-rlhf").hasAttr("open")).isTrue();
        assertThat(page.selectFirst("details.info[data-id=hyperscaler-capex]").hasAttr("open")).isTrue();
        assertThat(page.select("details.info[open]")).hasSize(1);
        assertThat(page.getElementById("company-filter").attr("value")).isEqualTo("GPU");
        assertThat(page.select("#company-table tbody tr")).extracting(Element::id).contains("company-coreweave").doesNotContain("company-nvidia");
        assertThat(page.selectFirst("th.col-company[aria-sort]").attr("aria-sort")).isEqualTo("descending");
        assertThat(page.getElementById("segment-hyperscalers-gpu-clouds").hasClass("selected")).isTrue();
        assertThat(page.getElementById("value-chain-selection").text()).contains("GPU");
        assertThat(page.getElementById("company-count").text()).isEqualTo(page.select("#company-table tbody tr").size() + " of 12 shown");
        assertThat(page.selectFirst("main").attr("data-scroll-target")).isEqualTo("metric-hyperscaler-capex");
    }

    @Test
    void sortLinksCycleAndKeepTheRestOfTheView() {
        Document page = page("lang=zh&faq=rlhf&q=GPU&find=HBM&section=faq");
        String companyLink = page.getElementById("sort-company").attr("href");
        assertThat(companyLink).isEqualTo("?lang=zh&faq=rlhf&q=GPU&sort=company-asc#companies");
        Document sorted = page("lang=zh&sort=company-asc");
        assertThat(sorted.getElementById("sort-company").attr("href")).contains("sort=company-desc");
        Document descending = page("lang=zh&sort=company-desc");
        assertThat(descending.getElementById("sort-company").attr("href")).doesNotContain("sort=");
    }

    @Test
    void everyTextCarriesItsLanguage() {
        Document both = page("lang=both");
        // the parts say the leading language (as <html lang> does); each text in the other language says its own
        assertThat(both.select("#page-header, main > section, #page-footer")).hasSize(10).allSatisfy(part -> assertThat(part.attr("lang")).isEqualTo("en"));
        assertThat(both.select(".alt")).hasSizeGreaterThan(200).allSatisfy(alt -> assertThat(alt.attr("lang")).isEqualTo("zh-Hans"));
        assertThat(page("lang=zh").select("main > section")).allSatisfy(part -> assertThat(part.attr("lang")).isEqualTo("zh-Hans"));
        // every text with words sits inside an element that says its language (figures like 2025 or ① need none)
        List<String> unmarked = new ArrayList<>();
        both.body().traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode text && text.text().matches("(?s).*\\p{L}.*") && text.parent() instanceof Element parent
                    && parent.closest("[lang]") == null && !parent.tagName().equals("script")) unmarked.add(parent.outerHtml());
        });
        assertThat(unmarked).isEmpty();
    }

    @Test
    void languageLinksKeepTheViewAndSectionLinksWorkWithoutScript() {
        Document page = page("lang=en&faq=rlhf&q=GPU");
        assertThat(page.getElementById("lang-zh").attr("href")).isEqualTo("?lang=zh&faq=rlhf&q=GPU");
        assertThat(page.getElementById("lang-en").attr("aria-current")).isEqualTo("true");
        assertThat(page.select(".section-nav a")).extracting(a -> a.attr("href"))
                .contains("?lang=en&section=faq#faq", "?lang=en&section=value-chain#value-chain");
        assertThat(page.getElementById("company-controls").attr("method")).isEqualTo("get");
    }

    @Test
    void theSameViewRendersTheSameHtmlAndAPartOnlyChangesWithWhatItShows() {
        assertThat(renderer.body(view("lang=zh&faq=rlhf", Language.EN))).isEqualTo(new PageRenderer().body(view("lang=zh&faq=rlhf", Language.EN)));
        PageState before = PageState.parse("lang=en&q=GPU");
        assertThat(PageRenderer.changed(before, before.withFaqToggled("rlhf", true)))
                .containsExactlyInAnyOrder(PagePart.HEADER, PagePart.VALUE_CHAIN, PagePart.COMPANIES, PagePart.FAQ);
        assertThat(PageRenderer.changed(before, before.withInfo("market-size")))
                .containsExactlyInAnyOrder(PagePart.HEADER, PagePart.OVERVIEW, PagePart.KPIS);
        assertThat(PageRenderer.changed(before, before.withFind("HBM"))).containsExactly(PagePart.HEADER);
        assertThat(PageRenderer.changed(before, before.withLang(org.ailandscape.link.ReadingMode.ZH))).hasSize(PagePart.values().length);
    }

    @Test
    void aSearchLinkShowsItsResults() {
        Document page = page("lang=en&find=HBM");
        Element panel = page.getElementById("report-search-results");
        assertThat(panel.hasAttr("hidden")).isFalse();
        assertThat(panel.select("a")).isNotEmpty().allSatisfy(a -> assertThat(a.attr("href")).startsWith("?lang=en"));
        assertThat(panel.select("a").eachAttr("href")).contains("?lang=en&node=high-bandwidth-memory#segment-high-bandwidth-memory");
        assertThat(page("lang=en").getElementById("report-search-results").hasAttr("hidden")).isTrue();
    }

    @Test
    void chartsCarryTheirTableAndAskForTheirOptionByVersion() {
        Document page = page("lang=zh&node=legal-ai");
        assertThat(page.select("echarts-chart")).hasSize(SNAPSHOT.report().charts().charts().size() + 1)
                .allSatisfy(c -> assertThat(c.attr("src")).contains("v=" + SNAPSHOT.version(), "lang=zh"));
        assertThat(page.getElementById("value-chain-chart").attr("src")).contains("node=legal-ai");
        assertThat(page.select(".figure-chart details.chart-table-toggle table")).hasSize(SNAPSHOT.report().charts().charts().size());
        assertThat(ChartFigures.option("value-chain", view("lang=zh&node=legal-ai", Language.EN))).isPresent();
        assertThat(ChartFigures.option("no-such-chart", view("", Language.EN))).isEmpty();
    }

    @Test
    void anErrorPageSaysWhatHappenedInBothLanguages() {
        Element page = ErrorRenderer.render(ErrorRenderer.NOT_FOUND, Language.ZH, WORDS);
        assertThat(page.select(".error-block")).hasSize(2);
        assertThat(page.selectFirst("h1").text()).isEqualTo("此页面不存在");
        assertThat(page.text()).contains("This page does not exist", "打开报告").doesNotContain("Exception");
    }
}
