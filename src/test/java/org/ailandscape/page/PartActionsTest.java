package org.ailandscape.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ailandscape.link.PageState;
import org.ailandscape.report.DataFixtures;
import org.ailandscape.report.model.Report;
import org.junit.jupiter.api.Test;

/** What the reader's toggles and typing inside each part mean for the link. */
class PartActionsTest {

    private static final Report REPORT = DataFixtures.bundled().report();

    @Test
    void answersOpenAndCloseIndependently() {
        PageState state = PageState.EMPTY.withFaq(Set.of("rlhf"));
        PageState opened = PagePart.FAQ.actions().toggled("faq", "hbm-dram-bottleneck", true, REPORT).apply(state);
        assertThat(opened.faq()).containsExactlyInAnyOrder("rlhf", "hbm-dram-bottleneck");
        assertThat(PagePart.FAQ.actions().toggled("faq", "rlhf", false, REPORT).apply(opened).faq()).containsExactly("hbm-dram-bottleneck");
        assertThat(PagePart.FAQ.actions().found(Set.of("faq:rlhf", "info:market-size"), Map.of(), REPORT).apply(PageState.EMPTY).faq())
                .containsExactly("rlhf");
    }

    @Test
    void oneExplanationAtATimeAndASectionOnlyClosesItsOwn() {
        PageState kpiOpen = PageState.EMPTY.withInfo("hyperscaler-capex");
        // the overview's explanation closing (the browser closes one when another opens) leaves the KPI's open
        assertThat(PagePart.OVERVIEW.actions().toggled("info", "market-size", false, REPORT).apply(kpiOpen).info()).isEqualTo("hyperscaler-capex");
        assertThat(PagePart.OVERVIEW.actions().toggled("info", "market-size", true, REPORT).apply(kpiOpen).info()).isEqualTo("market-size");
        assertThat(PagePart.KPIS.actions().toggled("info", "hyperscaler-capex", false, REPORT).apply(kpiOpen).info()).isNull();
        // when the page comes alive: the overview shows none open, which does not close the KPI's
        assertThat(PagePart.OVERVIEW.actions().found(Set.of(), Map.of(), REPORT).apply(kpiOpen).info()).isEqualTo("hyperscaler-capex");
        assertThat(PagePart.KPIS.actions().found(Set.of(), Map.of(), REPORT).apply(kpiOpen).info()).isNull();
        assertThat(PagePart.OVERVIEW.actions().found(Set.of("info:phase"), Map.of(), REPORT).apply(kpiOpen).info()).isEqualTo("phase");
    }

    @Test
    void theFilterIsTheTextAndTheTickedLayers() {
        PageState typed = PagePart.COMPANIES.actions().typed("q", List.of("GPU"), REPORT).apply(PageState.EMPTY);
        assertThat(typed.q()).isEqualTo("GPU");
        PageState ticked = PagePart.COMPANIES.actions().typed("layers", List.of("models", "upstream"), REPORT).apply(typed);
        assertThat(ticked.layers()).containsExactlyInAnyOrder("models", "upstream");
        assertThat(PagePart.COMPANIES.actions().found(Set.of(), Map.of("q", List.of("开源"), "layers", List.of()), REPORT).apply(ticked))
                .extracting(PageState::q, PageState::layers).containsExactly("开源", Set.of());
        assertThat(PagePart.HEADER.actions().typed("find", List.of("HBM"), REPORT).apply(PageState.EMPTY).find()).isEqualTo("HBM");
        assertThat(PagePart.MARKET.actions().typed("q", List.of("x"), REPORT).apply(PageState.EMPTY)).isEqualTo(PageState.EMPTY);
    }
}
