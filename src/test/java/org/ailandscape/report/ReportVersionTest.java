package org.ailandscape.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ailandscape.report.DataFixtures.at;
import static org.ailandscape.report.DataFixtures.editJson;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every accepted dataset has a version, a hash of what was read: equal data, equal version. Pages
 * opened before an edit keep working from their version, which the store holds for a while.
 */
class ReportVersionTest {

    @TempDir
    Path folder;

    private ReportStore store;

    @AfterEach
    void stop() throws Exception {
        if (store != null) store.destroy();
    }

    @Test
    void theSameDataHasTheSameVersionAndAnEditANewOne() throws Exception {
        DataFixtures.copyOfBundledData(folder);
        store = new ReportStore(folder.toString());
        String bundled = new ReportStore("").snapshot().version();
        ReportSnapshot first = store.snapshot();
        assertThat(first.version()).as("a copy of the bundled data is the bundled data").isEqualTo(bundled).matches("[0-9a-f]{10}");

        store.reload();
        assertThat(store.snapshot().version()).isEqualTo(first.version());

        editJson(folder, "faq.json", r -> at(r, "/items/0/question").put("en", "An edited question?"));
        store.reload();
        ReportSnapshot edited = store.snapshot();
        assertThat(edited.version()).isNotEqualTo(first.version());
        assertThat(edited.report().faq().items().getFirst().question().en()).isEqualTo("An edited question?");
        assertThat(store.snapshot(first.version())).as("the page opened before the edit keeps its version").containsSame(first);
        assertThat(store.snapshot(edited.version())).containsSame(edited);
        assertThat(store.snapshot("0000000000")).isEmpty();
    }

    @Test
    void onlyAFewEarlierVersionsAreHeld() throws Exception {
        DataFixtures.copyOfBundledData(folder);
        store = new ReportStore(folder.toString());
        String oldest = store.snapshot().version();
        for (int edit = 1; edit <= ReportStore.RECENT + 1; edit++) {
            int n = edit;
            editJson(folder, "report.json", r -> at(r, "/title").put("en", "Title " + n));
            store.reload();
        }
        assertThat(store.snapshot(oldest)).isEmpty();
    }
}
