package org.ailandscape.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.ailandscape.link.PageState;
import org.ailandscape.link.ReadingMode;
import org.ailandscape.report.DataFixtures;
import org.ailandscape.report.DatasetVersion;
import org.ailandscape.report.ReportSnapshot;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Language;
import org.junit.jupiter.api.Test;

class CiteTest {

    private static final ReportSnapshot SNAPSHOT = DataFixtures.bundled();
    private static final DatasetVersion VERSION = new DatasetVersion(LocalDate.of(2026, 11, 28), "3f9a1c2b7e");
    private static final LocalDate ACCESSED = LocalDate.of(2026, 12, 3);

    private static Cite cite(PageState state, String item, Language language) {
        return Cite.of(SNAPSHOT.report(), state, item, language, (key, l) -> "[" + key + "]", VERSION, "https://example.org", ACCESSED);
    }

    @Test
    void aFigureIsCitedWithItsOwnPermalinkInEveryFormat() {
        Cite cite = cite(PageState.EMPTY.withLang(ReadingMode.EN).withSection(Section.FAQ), "semiconductor-revenue", Language.EN);
        String permalink = "https://example.org/?lang=en&section=kpis#metric-semiconductor-revenue";
        assertThat(cite.permalink()).isEqualTo(permalink);
        assertThat(cite.text(Cite.Format.APA)).isEqualTo("AI INDUSTRY LANDSCAPE 2026: Semiconductor revenue 2026 (AI-driven) (Version 2026-11-28.3f9a1c2b7e) [Data set]. (2026). Retrieved December 3, 2026, from " + permalink);
        assertThat(cite.text(Cite.Format.GBT7714)).isEqualTo("AI INDUSTRY LANDSCAPE 2026: Semiconductor revenue 2026 (AI-driven)[EB/OL]. Dataset version 2026-11-28.3f9a1c2b7e. 2026(2026-11-28)[2026-12-03]. " + permalink + ".");
        assertThat(cite.text(Cite.Format.PLAIN)).contains(permalink).contains("2026-11-28.3f9a1c2b7e").contains("accessed 2026-12-03");
        assertThat(cite.text(Cite.Format.BIBTEX)).startsWith("@misc{ai-landscape-2026-semiconductor-revenue,")
                .contains("url          = {https://example.org/?lang=en&section=kpis\\#metric-semiconductor-revenue}")
                .contains("version      = {2026-11-28.3f9a1c2b7e}").contains("urldate      = {2026-12-03}").endsWith("}");
        assertThat(cite.cslJson()).containsEntry("URL", permalink).containsEntry("version", "2026-11-28.3f9a1c2b7e").containsEntry("type", "dataset");
    }

    @Test
    void chineseCitationsUseChineseWordsAndPunctuation() {
        Cite cite = cite(PageState.EMPTY.withLang(ReadingMode.ZH).withSection(Section.COMPANIES), null, Language.ZH);
        assertThat(cite.title()).startsWith("人工智能行业全景报告 2026：");
        assertThat(cite.permalink()).isEqualTo("https://example.org/?lang=zh&section=companies");
        assertThat(cite.text(Cite.Format.GBT7714)).contains("[EB/OL]. 数据版本 2026-11-28.3f9a1c2b7e. 2026(2026-11-28)[2026-12-03]. https://example.org/?lang=zh&section=companies.");
        assertThat(cite.text(Cite.Format.APA)).contains("检索于 2026年12月3日");
    }

    @Test
    void anUnknownItemCitesTheViewAndTheBareReportHasNoSectionInItsLink() {
        assertThat(cite(PageState.EMPTY, "no-such-figure", Language.EN).permalink()).isEqualTo("https://example.org/");
        assertThat(cite(PageState.EMPTY.withLang(ReadingMode.BOTH), null, Language.EN).title()).isEqualTo("AI INDUSTRY LANDSCAPE 2026");
    }

    @Test
    void texSpecialCharactersAreEscapedInBibtex() {
        assertThat(Cite.tex("R&D: 50% of $700B #1 a_b {x} ~ ^", false)).isEqualTo("R\\&D: 50\\% of \\$700B \\#1 a\\_b \\{x\\} \\~{} \\^{}");
        assertThat(Cite.tex("https://x.org/?q=%E5&a=1#f", true)).isEqualTo("https://x.org/?q=\\%E5&a=1\\#f");
    }
}
