package org.ailandscape.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.ailandscape.report.DataFixtures;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Report;
import org.junit.jupiter.api.Test;

/** Where a link points: the explanation, else the first open answer in the report's order, else the node, else the section. */
class LinkTargetTest {

    private static final Report REPORT = DataFixtures.bundled().report();

    @Test
    void theExplanationComesFirstAndKnowsItsSection() {
        PageState state = PageState.EMPTY.withInfo("hyperscaler-capex").withFaq(Set.of("rlhf")).withSection(Section.REGIONS);
        assertThat(LinkTarget.of(state, REPORT)).contains(new LinkTarget.Explanation("hyperscaler-capex", Section.KPIS));
        assertThat(LinkTarget.of(PageState.EMPTY.withInfo("market-size"), REPORT)).contains(new LinkTarget.Explanation("market-size", Section.OVERVIEW));
        assertThat(LinkTarget.of(PageState.EMPTY.withInfo(LinkTarget.PHASE), REPORT)).contains(new LinkTarget.Explanation("phase", Section.OVERVIEW));
    }

    @Test
    void thenTheFirstOpenAnswerInTheReportsOrder() {
        String first = REPORT.faq().items().get(0).id();
        String later = REPORT.faq().items().get(5).id();
        assertThat(LinkTarget.of(PageState.EMPTY.withFaq(Set.of(later, first)).withNode("legal-ai"), REPORT))
                .contains(new LinkTarget.Answer(first));
    }

    @Test
    void thenTheNodeThenTheSection() {
        assertThat(LinkTarget.of(PageState.EMPTY.withNode("legal-ai").withSection(Section.FAQ), REPORT)).contains(new LinkTarget.Node("legal-ai", false));
        assertThat(LinkTarget.of(PageState.EMPTY.withNode("upstream"), REPORT)).contains(new LinkTarget.Node("upstream", true));
        assertThat(LinkTarget.of(PageState.EMPTY.withSection(Section.FORCES), REPORT)).contains(new LinkTarget.Part(Section.FORCES));
        assertThat(LinkTarget.of(PageState.EMPTY.withQuery("GPU"), REPORT)).isEmpty();
    }

    @Test
    void theReadingModeMeansTheseLanguages() {
        assertThat(ReadingMode.BOTH.languages(org.ailandscape.report.model.Language.ZH))
                .containsExactly(org.ailandscape.report.model.Language.ZH, org.ailandscape.report.model.Language.EN);
        assertThat(ReadingMode.BOTH.chrome(org.ailandscape.report.model.Language.ZH)).isEqualTo(org.ailandscape.report.model.Language.ZH);
        assertThat(ReadingMode.EN.lead(org.ailandscape.report.model.Language.ZH)).isEqualTo(org.ailandscape.report.model.Language.EN);
        assertThat(ReadingMode.ZH.chrome(org.ailandscape.report.model.Language.EN)).isEqualTo(org.ailandscape.report.model.Language.ZH);
        assertThat(PageState.EMPTY.mode(org.ailandscape.report.model.Language.ZH)).isEqualTo(ReadingMode.ZH);
    }
}
