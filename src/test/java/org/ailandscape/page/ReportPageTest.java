package org.ailandscape.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ailandscape.figures.ChartFigures;
import org.ailandscape.link.PageState;
import org.ailandscape.reading.PageView;
import org.ailandscape.reading.Reading;
import org.ailandscape.reading.Translations;
import org.ailandscape.report.DataFile;
import org.ailandscape.report.DataFixtures;
import org.ailandscape.report.DataFolder;
import org.ailandscape.report.ReportSnapshot;
import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report page's components, written out as the first response carries them: the whole report, in
 * the link's languages and state, as semantic HTML that reads without script; and the same components,
 * shown another state, end up as the first response of that state's link shows it.
 */
class ReportPageTest {

    private static final ReportSnapshot SNAPSHOT = DataFixtures.bundled();
    private static final Translations WORDS = new Translations();

    static PageView view(String query, Language browser) {
        PageState state = PageState.parse(query).knownTo(SNAPSHOT.report());
        return new PageView(SNAPSHOT, new Reading(state.mode(browser), browser, WORDS), state);
    }

    private static String written(String query) {
        return new ReportPage(view(query, Language.EN), ViewChanges.NONE).writtenOut();
    }

    private static Document page(String query) {
        return Jsoup.parseBodyFragment(written(query));
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
    void closedAnswersAndExplanationsAreInTheDocumentAndExplanationsOpenWithoutTheClient() {
        Document page = page("lang=en");
        assertThat(page.select("details.faq-item")).hasSize(SNAPSHOT.report().faq().items().size())
                .allSatisfy(d -> assertThat(d.hasAttr("open")).isFalse());
        int explanations = SNAPSHOT.report().overview().headlineMetrics().size() + SNAPSHOT.report().kpis().kpis().size() + 1;
        // written out as native disclosures, one open at a time (the live page's are Vaadin Popovers)
        assertThat(page.select("details.info[name=explain] > summary.info-button + .info-panel")).hasSize(explanations);
        assertThat(page.select("vaadin-popover")).isEmpty();
        assertThat(page.getElementById("faq-rlhf").text()).contains("RLHF");
        assertThat(page.getElementById("explain-semiconductor-revenue").text()).contains("Sources");
        assertThat(page.selectFirst("report-page").hasAttr("first-response")).isTrue();
    }

    @Test
    void theLinksStateIsWrittenOpenFilteredSortedAndSelected() {
        Document page = page("lang=en&faq=rlhf&info=hyperscaler-capex&q=GPU&sort=company-desc&node=hyperscalers-gpu-clouds");
        assertThat(page.getElementById("faq-rlhf").hasAttr("open")).isTrue();
        assertThat(page.getElementById("explain-hyperscaler-capex").parent().hasAttr("open")).isTrue();
        assertThat(page.select("details.info[open]")).hasSize(1);
        assertThat(page.getElementById("company-filter").attr("value")).isEqualTo("GPU");
        assertThat(page.select("#company-table tbody tr")).extracting(Element::id).contains("company-coreweave").doesNotContain("company-nvidia");
        assertThat(page.selectFirst("th.col-company[aria-sort]").attr("aria-sort")).isEqualTo("descending");
        assertThat(page.getElementById("segment-hyperscalers-gpu-clouds").hasClass("selected")).isTrue();
        assertThat(page.getElementById("value-chain-chart").attr("selected")).isEqualTo("hyperscalers-gpu-clouds");
        assertThat(page.getElementById("value-chain-selection").text()).contains("GPU");
        assertThat(page.getElementById("company-count").text()).isEqualTo(page.select("#company-table tbody tr").size() + " of 12 shown");
        assertThat(page.selectFirst("main").attr("data-scroll-target")).isEqualTo("metric-hyperscaler-capex");
    }

    @Test
    void sortLinksCycleAndNameTheTablesView() {
        Document page = page("lang=zh&faq=rlhf&q=GPU&find=HBM&section=faq");
        // A heading's link names the table's view (filter, sort); followed on the live page it keeps the rest too.
        assertThat(page.getElementById("sort-company").attr("href")).isEqualTo("?lang=zh&q=GPU&sort=company-asc#companies");
        assertThat(page("lang=zh&sort=company-asc").getElementById("sort-company").attr("href")).contains("sort=company-desc");
        assertThat(page("lang=zh&sort=company-desc").getElementById("sort-company").attr("href")).doesNotContain("sort=");
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
    void thePageShownAnotherStateIsWhatTheFirstResponseOfThatLinkShows() {
        List<String> links = List.of("lang=en", "lang=en&faq=rlhf", "lang=en&faq=rlhf,euv-lithography&info=market-size",
                "lang=en&q=GPU&layers=models&sort=scale-desc", "lang=en&node=legal-ai&q=legal", "lang=en&q=nothing-matches",
                "lang=en&find=HBM", "lang=zh&faq=rlhf", "lang=both&node=upstream&sort=company-asc");
        for (String from : links) {
            for (String to : links) {
                ReportPage page = new ReportPage(view(from, Language.EN), ViewChanges.NONE);
                page.show(view(to, Language.EN), false);
                assertThat(difference(normalised(page.writtenOut()), normalised(written(to)))).as(from + " → " + to).isEmpty();
            }
        }
    }

    /** The page with each element's attributes in one order (a browser does not care about theirs). */
    private static String normalised(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        for (Element element : document.body().select("*")) {
            List<org.jsoup.nodes.Attribute> attributes = new ArrayList<>(element.attributes().asList());
            attributes.forEach(a -> element.removeAttr(a.getKey()));
            attributes.stream().sorted(java.util.Comparator.comparing(org.jsoup.nodes.Attribute::getKey)).forEach(a -> element.attr(a.getKey(), a.getValue()));
        }
        return document.body().html();
    }

    /** Where two pages first differ (a little of each around it), or empty. */
    private static String difference(String actual, String expected) {
        int at = 0;
        while (at < actual.length() && at < expected.length() && actual.charAt(at) == expected.charAt(at)) at++;
        if (at == actual.length() && at == expected.length()) return "";
        int from = Math.max(0, at - 120);
        return "at " + at + ": …" + actual.substring(from, Math.min(actual.length(), at + 120)) + "\n   expected …"
                + expected.substring(from, Math.min(expected.length(), at + 120));
    }

    @Test
    void theSameViewIsWrittenTheSameWay() {
        assertThat(written("lang=zh&faq=rlhf")).isEqualTo(written("lang=zh&faq=rlhf"));
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
        assertThat(page.select(".figure-chart details.chart-table-toggle table")).hasSize(SNAPSHOT.report().charts().charts().size());
        assertThat(ChartFigures.option("value-chain", view("lang=zh", Language.EN))).isPresent();
        assertThat(ChartFigures.option("no-such-chart", view("", Language.EN))).isEmpty();
    }

    @Test
    void anErrorPageSaysWhatHappenedInBothLanguages() {
        Element page = Jsoup.parseBodyFragment(Rendered.outerHtml(ErrorContent.of(ErrorContent.NOT_FOUND, Language.ZH, WORDS))).body();
        assertThat(page.select(".error-block")).hasSize(2);
        assertThat(page.selectFirst("h1").text()).isEqualTo("此页面不存在");
        assertThat(page.text()).contains("This page does not exist", "打开报告").doesNotContain("Exception");
    }

    @Test
    void markupInTheDataIsShownAsTextAndAttributesAreQuoted() {
        Reading both = new Reading(org.ailandscape.link.ReadingMode.BOTH, Language.EN, WORDS);
        com.vaadin.flow.dom.Element root = Markup.el("div");
        Markup.bilingual(root, "p", new Text("<script>alert(1)</script>", "<img src=x onerror=alert(2)>"), both);
        root.appendChild(Markup.link("\" onmouseover=\"alert(1)", "x"));
        assertThat(Rendered.outerHtml(root))
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;", "href=\"&quot; onmouseover=&quot;alert(1)\"")
                .doesNotContain("<script>", "<img");
    }

    @Test
    void eachLanguageCarriesItsLangAndTheSecondIsMarked() {
        Reading both = new Reading(org.ailandscape.link.ReadingMode.BOTH, Language.ZH, WORDS);
        com.vaadin.flow.dom.Element root = Markup.el("div");
        Markup.bilingual(root, "span", new Text("Legal AI", "法律AI"), both);
        // the leading language is the page's (its part says so); the other one says its own
        assertThat(Rendered.outerHtml(root)).isEqualTo("<div><span>法律AI</span><span lang=\"en\" class=\"alt\">Legal AI</span></div>");
        com.vaadin.flow.dom.Element same = Markup.el("div");
        Markup.bilingual(same, "span", new Text("NVIDIA", "NVIDIA"), both);
        assertThat(same.getChildCount()).as("a name shown to both audiences appears once").isEqualTo(1);
    }
}
