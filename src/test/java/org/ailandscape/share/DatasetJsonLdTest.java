package org.ailandscape.share;

import static org.assertj.core.api.Assertions.assertThat;

import org.ailandscape.reading.Translations;
import org.ailandscape.report.DataFixtures;
import org.ailandscape.report.Lineage;
import org.ailandscape.report.ReportSnapshot;
import org.ailandscape.report.model.Report;
import org.ailandscape.report.model.ReportInfo;
import org.ailandscape.report.model.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The dataset described for machines: schema.org Dataset, both languages, this version's downloads; data never ends the script. */
class DatasetJsonLdTest {

    private static final Translations WORDS = new Translations();

    @Test
    void describesTheVersionInBothLanguagesWithItsDownloads() {
        ReportSnapshot snapshot = DataFixtures.bundled();
        Document document = Jsoup.parse("<html><head></head><body></body></html>");
        DatasetJsonLd.write(document, snapshot, Lineage.alone(snapshot), WORDS::get, "https://landscape.example");
        JsonNode json = JsonMapper.builder().build().readTree(document.selectFirst("script[type=application/ld+json]").data());
        assertThat(json.get("@type").asString()).isEqualTo("Dataset");
        assertThat(json.get("version").asString()).isEqualTo(snapshot.dataset().id());
        assertThat(json.get("dateModified").asString()).isEqualTo(snapshot.dataset().changed().toString());
        assertThat(json.get("@id").asString()).isEqualTo("https://landscape.example/?version=" + snapshot.version());
        assertThat(json.get("name").get(1).get("@value").asString()).isEqualTo(snapshot.report().info().title().zh());
        assertThat(json.get("description").get(0).get("@value").asString()).isNotBlank();
        assertThat(json.get("distribution")).extracting(d -> d.get("contentUrl").asString()).allMatch(url -> url.contains(snapshot.version()));
        assertThat(json.has("license")).as("the report names none, so none is claimed").isFalse();
    }

    @Test
    void aTitleThatLooksLikeMarkupStaysInsideTheScript() {
        ReportSnapshot bundled = DataFixtures.bundled();
        Report report = bundled.report();
        ReportInfo info = report.info();
        Report hostile = new Report(new ReportInfo(info.kicker(), new Text("</script><script>alert(1)</script>", "<!--"), info.edition(), info.disclaimer()),
                report.sources(), report.overview(), report.kpis(), report.valueChain(), report.marketStructure(), report.companies(),
                report.forces(), report.regions(), report.faq(), report.charts());
        ReportSnapshot snapshot = new ReportSnapshot(hostile, bundled.dataset());
        Document document = Jsoup.parse("<html><head></head><body></body></html>");
        DatasetJsonLd.write(document, snapshot, Lineage.alone(snapshot), WORDS::get, "https://landscape.example");
        String html = document.outerHtml();
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<!--");
        Document reparsed = Jsoup.parse(html);
        assertThat(reparsed.select("script")).hasSize(1);
        JsonNode json = JsonMapper.builder().build().readTree(reparsed.selectFirst("script").data());
        assertThat(json.get("name").get(0).get("@value").asString()).isEqualTo("</script><script>alert(1)</script>");
    }
}
