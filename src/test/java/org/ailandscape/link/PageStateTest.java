package org.ailandscape.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ailandscape.report.CompanyQuery;
import org.ailandscape.report.Section;
import org.junit.jupiter.api.Test;

/** The URL scheme: every state a link, every malformed part dropped. */
class PageStateTest {

    private static PageState parse(Map<String, String> parameters) {
        Map<String, List<String>> multi = new java.util.HashMap<>();
        parameters.forEach((k, v) -> multi.put(k, List.of(v)));
        return PageState.parse(multi);
    }

    @Test
    void readsEveryParameter() {
        PageState state = parse(Map.of("lang", "zh", "section", "faq", "faq", "hbm-dram,euv-lithography", "info", "semiconductor-revenue",
                "q", "开源", "layers", "models,upstream", "sort", "scale-desc", "node", "open-weight-models"));
        assertThat(state.lang()).isEqualTo(ReadingMode.ZH);
        assertThat(state.section()).isEqualTo(Section.FAQ);
        assertThat(state.faq()).containsExactlyInAnyOrder("hbm-dram", "euv-lithography");
        assertThat(state.info()).isEqualTo("semiconductor-revenue");
        assertThat(state.q()).isEqualTo("开源");
        assertThat(state.layers()).containsExactlyInAnyOrder("models", "upstream");
        assertThat(state.sort()).isEqualTo(new CompanyQuery.Sort(CompanyQuery.Column.SCALE, false));
        assertThat(state.node()).isEqualTo("open-weight-models");
    }

    @Test
    void writesAStableQueryStringThatReadsBackTheSame() {
        PageState state = PageState.EMPTY.withLang(ReadingMode.BOTH).withSection(Section.COMPANIES).withQuery("GPU cloud & more")
                .withLayers(java.util.Set.of("models", "compute")).withSort(new CompanyQuery.Sort(CompanyQuery.Column.COMPANY, true));
        String query = state.toQueryString();
        assertThat(query).isEqualTo("lang=both&section=companies&q=GPU%20cloud%20%26%20more&layers=compute,models&sort=company-asc");
        Map<String, List<String>> parsed = new com.vaadin.flow.router.QueryParameters(
                com.vaadin.flow.router.QueryParameters.fromString(query).getParameters()).getParameters();
        assertThat(PageState.parse(parsed)).isEqualTo(state);
        assertThat(PageState.EMPTY.toQueryString()).isEmpty();
    }

    @Test
    void dropsWhatIsMalformed() {
        PageState state = parse(Map.of("lang", "klingon", "section", "../../etc/passwd", "faq", "<script>,ok-id,", "info", "A B",
                "sort", "scale-sideways", "node", "x".repeat(200), "layers", "%00,models"));
        assertThat(state.lang()).isNull();
        assertThat(state.section()).isNull();
        assertThat(state.faq()).containsExactly("ok-id");
        assertThat(state.info()).isNull();
        assertThat(state.sort()).isNull();
        assertThat(state.node()).isNull();
        assertThat(state.layers()).containsExactly("models");
    }

    @Test
    void boundsTheFilterTextAndStripsControlCharacters() {
        PageState state = parse(Map.of("q", "a\u0000b\nc" + "z".repeat(500)));
        assertThat(state.q()).startsWith("a b c").hasSize(100);
    }

    @Test
    void readsTheSearchTermAndARawQueryString() {
        PageState state = PageState.parse("lang=both&find=HBM%20memory&q=%ZZ&faq=rlhf&faq=hbm-dram-bottleneck");
        assertThat(state.find()).isEqualTo("HBM memory");
        assertThat(state.q()).as("a broken escape drops its pair only").isEmpty();
        assertThat(state.faq()).containsExactlyInAnyOrder("rlhf", "hbm-dram-bottleneck");
        assertThat(state.toQueryString()).isEqualTo("lang=both&faq=hbm-dram-bottleneck,rlhf&find=HBM%20memory");
        assertThat(PageState.EMPTY.href()).isEqualTo("./");
        assertThat(state.href()).startsWith("?lang=both");
    }

    @Test
    void whatTheReportDoesNotKnowIsDropped() throws java.io.IOException {
        var report = new org.ailandscape.report.ReportStore("").report();
        PageState state = PageState.parse("faq=rlhf,no-such-question&info=nope&layers=models,nope&node=nope&sort=scale-asc").knownTo(report);
        assertThat(state.faq()).containsExactly("rlhf");
        assertThat(state.info()).isNull();
        assertThat(state.layers()).containsExactly("models");
        assertThat(state.node()).isNull();
        assertThat(state.sort()).isNotNull();
        assertThat(PageState.parse("info=phase&node=upstream").knownTo(report)).isEqualTo(PageState.EMPTY.withInfo("phase").withNode("upstream"));
    }

    @Test
    void linksThatChangeOneSettingKeepTheOthersButNotWhereTheReaderIs() {
        PageState state = PageState.parse("lang=zh&section=faq&faq=rlhf&info=market-size&q=GPU&layers=models&sort=scale-desc&node=legal-ai&find=HBM");
        assertThat(state.forLinks().toQueryString()).isEqualTo("lang=zh&faq=rlhf&q=GPU&layers=models&sort=scale-desc&node=legal-ai");
        assertThat(state.withFaqToggled("hbm-dram-bottleneck", true).faq()).containsExactlyInAnyOrder("rlhf", "hbm-dram-bottleneck");
        assertThat(state.withFaqToggled("rlhf", false).faq()).isEmpty();
    }

    @Test
    void theLanguageOnlyLinkKeepsJustTheLanguage() {
        PageState state = parse(Map.of("lang", "zh", "q", "x", "node", "legal-ai"));
        assertThat(state.languageOnly().toQueryString()).isEqualTo("lang=zh");
    }

    @Test
    void aVersionIsKeptByEveryLinkOfTheViewAndAMalformedOneIsDropped() {
        assertThat(parse(Map.of("version", "3F9A1C2B7E")).version()).isEqualTo("3f9a1c2b7e");
        assertThat(parse(Map.of("version", "2026-11-28.3f9a1c2b7e")).version()).as("the dated id a citation writes").isEqualTo("3f9a1c2b7e");
        assertThat(parse(Map.of("version", "3f9a1c2b7e" + "0".repeat(54))).version()).as("the full hash").isEqualTo("3f9a1c2b7e");
        assertThat(parse(Map.of("version", "3f9a")).version()).isNull();
        assertThat(parse(Map.of("version", "<script>")).version()).isNull();
        PageState state = PageState.EMPTY.withLang(ReadingMode.ZH).withVersion("3f9a1c2b7e").withQuery("gpu");
        assertThat(state.toQueryString()).isEqualTo("lang=zh&version=3f9a1c2b7e&q=gpu");
        assertThat(state.languageOnly().version()).isEqualTo("3f9a1c2b7e");
        assertThat(state.tableOnly().version()).isEqualTo("3f9a1c2b7e");
        assertThat(state.forLinks().withSection(Section.FAQ).version()).isEqualTo("3f9a1c2b7e");
        assertThat(PageState.parse(state.toQueryString())).isEqualTo(state);
    }
}
