package org.ailandscape.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.ailandscape.report.CompanyQuery.Column;
import org.ailandscape.report.CompanyQuery.Sort;
import org.ailandscape.report.model.Companies.Company;
import org.ailandscape.report.model.Language;
import org.junit.jupiter.api.Test;

/** The queries the page and the API ask of one snapshot, against the bundled report. */
class ReportSnapshotTest {

    private final ReportSnapshot service = storeOfBundledData().snapshot();

    static ReportStore storeOfBundledData() {
        try {
            return new ReportStore("");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> names(CompanyQuery query, Language language) {
        return service.companies(query, language).stream().map(c -> c.name().en()).toList();
    }

    @Test
    void withoutAQueryAllCompaniesInTheReportsOrder() {
        assertThat(names(CompanyQuery.ALL, Language.EN)).hasSize(12).startsWith("NVIDIA", "Meta AI").endsWith("DeepSeek");
    }

    @Test
    void textFilterMatchesEnglish() {
        assertThat(names(CompanyQuery.ALL.withText("open-weight"), Language.EN)).containsExactly("Mistral AI", "DeepSeek");
        assertThat(names(CompanyQuery.ALL.withText("VALUATION"), Language.EN)).contains("xAI (Grok)", "Databricks").doesNotContain("NVIDIA");
    }

    @Test
    void textFilterMatchesChineseWhateverTheReadersLanguage() {
        List<String> open = names(CompanyQuery.ALL.withText("开源"), Language.EN);
        assertThat(open).contains("Meta AI", "Mistral AI");
        assertThat(names(CompanyQuery.ALL.withText("律所"), Language.ZH)).containsExactly("Harvey");
    }

    @Test
    void textFilterMatchesLayerNamesAndNeedsEveryWord() {
        assertThat(names(CompanyQuery.ALL.withText("模型"), Language.ZH)).contains("Meta AI", "xAI (Grok)", "Mistral AI");
        assertThat(names(CompanyQuery.ALL.withText("GPU cloud"), Language.EN)).containsExactly("CoreWeave");
        assertThat(names(CompanyQuery.ALL.withText("GPU nonexistentword"), Language.EN)).isEmpty();
    }

    @Test
    void layerFilterTakesSeveralLayers() {
        assertThat(names(CompanyQuery.ALL.withLayers(Set.of("models")), Language.EN)).containsExactly("Meta AI", "xAI (Grok)", "Mistral AI");
        assertThat(names(CompanyQuery.ALL.withLayers(Set.of("models", "upstream")), Language.EN)).hasSize(4).contains("NVIDIA");
    }

    @Test
    void segmentFilterSelectsTheCompaniesOfAValueChainSegmentOrTier() {
        assertThat(names(CompanyQuery.ALL.withSegments(service.segmentsFor("open-weight-models")), Language.EN))
                .containsExactlyInAnyOrder("Meta AI", "Mistral AI", "DeepSeek");
        assertThat(names(CompanyQuery.ALL.withSegments(service.segmentsFor("upstream")), Language.EN)).containsExactly("NVIDIA");
    }

    @Test
    void scaleSortsByDollarAmountWithUnknownsLastBothWays() {
        List<Company> descending = service.companies(CompanyQuery.ALL.withSort(new Sort(Column.SCALE, false)), Language.EN);
        assertThat(descending.stream().map(c -> c.name().en()).toList())
                .startsWith("Meta AI", "xAI (Grok)", "NVIDIA", "Palantir", "Databricks")
                .endsWith("Mistral AI", "DeepSeek");
        List<Company> ascending = service.companies(CompanyQuery.ALL.withSort(new Sort(Column.SCALE, true)), Language.EN);
        assertThat(ascending.stream().map(c -> c.name().en()).toList())
                .startsWith("Harvey", "Cursor (Anysphere)")
                .endsWith("Mistral AI", "DeepSeek");
    }

    @Test
    void textColumnsSortInTheReadersLanguage() {
        assertThat(names(CompanyQuery.ALL.withSort(new Sort(Column.COMPANY, true)), Language.EN))
                .startsWith("CoreWeave", "Cursor (Anysphere)", "Databricks", "DeepSeek");
        assertThat(names(CompanyQuery.ALL.withSort(new Sort(Column.LAYER, false)), Language.EN)).startsWith("Harvey", "NVIDIA");
        // In Chinese the layer column sorts by the Chinese layer names, with the Chinese collation.
        List<String> chineseLayers = service.companies(CompanyQuery.ALL.withSort(new Sort(Column.LAYER, true)), Language.ZH).stream()
                .map(c -> service.report().layer(c.layer()).orElseThrow().name().zh()).toList();
        assertThat(chineseLayers).isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.SIMPLIFIED_CHINESE)::compare);
        assertThat(chineseLayers).isNotEqualTo(chineseLayers.stream().sorted().toList().reversed());
    }

    @Test
    void searchFindsEnglishAndChineseWithWhereEachHitIs() {
        List<SearchHit> hbm = service.search("HBM");
        assertThat(hbm).extracting(SearchHit::section).contains(Section.VALUE_CHAIN, Section.FAQ, Section.KPIS, Section.REGIONS);
        assertThat(hbm).anySatisfy(h -> {
            assertThat(h.itemId()).isEqualTo("high-bandwidth-memory");
            assertThat(h.snippet()).contains("HBM");
        });

        List<SearchHit> nuclear = service.search("核电");
        assertThat(nuclear).isNotEmpty().allSatisfy(h -> assertThat(h.language()).isEqualTo(Language.ZH));
        assertThat(nuclear).extracting(SearchHit::section).contains(Section.FORCES);
    }

    @Test
    void searchIgnoresBlankTerms() {
        assertThat(service.search("   ")).isEmpty();
        assertThat(service.search("zzzz-not-in-report")).isEmpty();
    }

    @Test
    void sourcesResolveInOrder() {
        assertThat(service.sources(List.of("pitchbook-2026", "unknown", "idc-2026")))
                .extracting(s -> s.publisher().en()).containsExactly("PitchBook", "IDC");
    }
}
