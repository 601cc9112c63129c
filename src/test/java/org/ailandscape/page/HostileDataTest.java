package org.ailandscape.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ailandscape.report.DataFixtures.at;
import static org.ailandscape.report.DataFixtures.editJson;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.ailandscape.link.PageState;
import org.ailandscape.report.DataFixtures;
import org.ailandscape.report.ReportSnapshot;
import org.ailandscape.report.ReportStore;
import org.ailandscape.reading.PageView;
import org.ailandscape.reading.Reading;
import org.ailandscape.reading.Translations;
import org.ailandscape.report.model.Language;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data file is edited by people, so it may hold markup, by mistake or on purpose. Every place the
 * page shows data text shows it as text: the markup arrives escaped, never as elements.
 */
class HostileDataTest {

    static final String PAYLOAD = "<img src=x onerror=alert(1)>";
    static final String ESCAPED = "&lt;img src=x onerror=alert(1)&gt;";

    @TempDir
    Path folder;

    private ReportSnapshot hostile() throws IOException {
        DataFixtures.copyOfBundledData(folder);
        editJson(folder, "report.json", r -> at(r, "/kicker").put("en", "Kicker " + PAYLOAD));
        editJson(folder, "kpis.json", r -> at(r, "/kpis/0/label").put("en", "Label " + PAYLOAD));
        editJson(folder, "kpis.json", r -> at(r, "/kpis/0/explanation").put("en", "Why " + PAYLOAD));
        editJson(folder, "companies.json", r -> at(r, "/companies/0/description").put("en", "Role " + PAYLOAD));
        editJson(folder, "forces.json", r -> at(r, "/forces/0/title").put("en", "Force " + PAYLOAD));
        editJson(folder, "regions.json", r -> at(r, "/regions/0/description").put("en", "Region " + PAYLOAD));
        editJson(folder, "faq.json", r -> at(r, "/items/0/question").put("en", "Question " + PAYLOAD));
        editJson(folder, "value-chain.json", r -> at(r, "/segments/0/name").put("en", "Segment " + PAYLOAD));
        ReportStore store = new ReportStore(folder.toString());
        try {
            return store.snapshot();
        } finally {
            store.destroy();
        }
    }

    @Test
    void markupInTheDataReachesThePageAsText() throws IOException {
        ReportSnapshot snapshot = hostile();
        PageState state = PageState.parse("lang=en&find=onerror");
        String html = new ReportPage(new PageView(snapshot, new Reading(state.mode(Language.EN), Language.EN, new Translations()), state), ViewChanges.NONE).writtenOut();
        for (String where : List.of("Kicker ", "Label ", "Why ", "Role ", "Force ", "Region ", "Question ", "Segment ")) {
            assertThat(html).as(where).contains(where + ESCAPED);
        }
        assertThat(html).doesNotContain(PAYLOAD);
        assertThat(Jsoup.parseBodyFragment(html).select("img")).as("no element made of data").isEmpty();
        assertThat(Jsoup.parseBodyFragment(html).getElementById("report-search-results").html()).contains("onerror");
    }
}
