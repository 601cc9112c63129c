package org.ailandscape.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.ailandscape.report.model.Report;
import org.junit.jupiter.api.Test;

/** The dataset shipped with the app loads and has the report's shape. */
class BundledDataTest {

    private final Report report = ReportLoader.load(DataFolder.bundled());

    @Test
    void hasEverySectionOfTheReport() {
        assertThat(report.overview().headlineMetrics()).hasSize(3);
        assertThat(report.overview().phase().eras()).hasSize(4);
        assertThat(report.kpis().kpis()).hasSize(4);
        assertThat(report.valueChain().tiers()).hasSize(5);
        assertThat(report.valueChain().segments()).hasSize(19);
        assertThat(report.marketStructure().segments()).hasSize(6);
        assertThat(report.companies().companies()).hasSize(12);
        assertThat(report.forces().forces()).hasSize(6);
        assertThat(report.regions().regions()).hasSize(6);
        assertThat(report.faq().items()).hasSize(8);
    }
}
