package org.ailandscape.share;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which embed a pasted link of this site stands for; a link elsewhere, none. */
class OEmbedTest {

    private static final String BASE = "https://landscape.example";

    @Test
    void aLinkOfThePageOrOfAnEmbedFindsItsEmbedKeepingLanguageAndVersion() {
        assertThat(OEmbed.target(BASE + "/?lang=zh&version=0123456789#chart-adoption", BASE)).hasValueSatisfying(t -> {
            assertThat(t.kind()).isEqualTo("chart");
            assertThat(t.embedPath()).isEqualTo("embed/chart/adoption?lang=zh&version=0123456789");
        });
        assertThat(OEmbed.target(BASE + "/?section=companies&q=nvidia", BASE)).hasValueSatisfying(t ->
                assertThat(t.embedPath()).isEqualTo("embed/section/companies?q=nvidia"));
        assertThat(OEmbed.target(BASE + "/#regions", BASE)).hasValueSatisfying(t -> assertThat(t.embedPath()).isEqualTo("embed/section/regions"));
        assertThat(OEmbed.target(BASE + "/embed/section/faq?lang=en", BASE)).hasValueSatisfying(t ->
                assertThat(t.embedPath()).isEqualTo("embed/section/faq?lang=en"));
        assertThat(OEmbed.target(BASE + "/", BASE)).hasValueSatisfying(t -> assertThat(t.embedPath()).isEqualTo("embed/section/overview"));
    }

    @Test
    void aLinkElsewhereOrNoLinkAtAllFindsNothing() {
        assertThat(OEmbed.target("https://elsewhere.example/?section=kpis", BASE)).isEmpty();
        assertThat(OEmbed.target("https://landscape.example:8443/", BASE)).isEmpty();
        assertThat(OEmbed.target(BASE + "/api/report", BASE)).isEmpty();
        assertThat(OEmbed.target("not a link at all", BASE)).isEmpty();
        assertThat(OEmbed.target(BASE + "/embed/chart/<script>", BASE)).isEmpty();
    }
}
