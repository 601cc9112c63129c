package org.ailandscape.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ailandscape.report.DataFixtures.at;
import static org.ailandscape.report.DataFixtures.editJson;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An external data folder is watched: a good edit is swapped in without restart, a bad edit is
 * refused with file, path and reason while the last good report keeps serving, and a fix is picked up.
 * Every accepted dataset has a version, a hash of what was read: equal data, equal version; pages
 * opened before an edit keep working from their version, which the store holds for a while.
 */
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class ReportStoreWatchTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path folder;

    private ReportStore store;

    @AfterEach
    void stop() throws Exception {
        if (store != null) store.destroy();
    }

    @Test
    void swapsInAGoodEditRefusesABadOneAndRecovers() throws Exception {
        DataFixtures.copyOfBundledData(folder);
        store = new ReportStore(folder.toString());
        String original = store.report().info().title().en();

        editJson(folder, "report.json", r -> at(r, "/title").put("en", "Edited title"));
        await(() -> store.report().info().title().en().equals("Edited title"));

        var before = store.report();
        editJson(folder, "companies.json", r -> at(r, "/companies/0").put("layer", "chips"));
        await(() -> store.lastRefusal() != null);
        assertThat(store.report()).as("the last good report keeps serving").isSameAs(before);
        assertThat(store.lastRefusal().problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("companies.json");
            assertThat(p.path()).isEqualTo("$.companies[0].layer");
        });

        editJson(folder, "companies.json", r -> at(r, "/companies/0").put("layer", "upstream"));
        await(() -> store.lastRefusal() == null);
        assertThat(store.report()).isNotSameAs(before);
        assertThat(original).isNotEqualTo("Edited title");
    }

    @Test
    void aDeletedOrUnreadableFileIsRefusedAndItsReturnIsPickedUp() throws Exception {
        DataFixtures.copyOfBundledData(folder);
        store = new ReportStore(folder.toString());
        var good = store.report();
        Path regions = folder.resolve("regions.json");
        byte[] saved = java.nio.file.Files.readAllBytes(regions);

        java.nio.file.Files.delete(regions);
        await(() -> store.lastRefusal() != null);
        assertThat(store.lastRefusal().problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("regions.json");
            assertThat(p.reason()).isEqualTo("the file is missing");
        });
        assertThat(store.report()).isSameAs(good);

        // A folder where the file should be cannot be read (root reads any file, so permissions cannot show this here).
        java.nio.file.Files.createDirectory(regions);
        await(() -> store.lastRefusal() != null && store.lastRefusal().problems().stream().anyMatch(p -> p.reason().startsWith("the file cannot be read")));
        assertThat(store.report()).isSameAs(good);

        java.nio.file.Files.delete(regions);
        java.nio.file.Files.write(regions, saved);
        await(() -> store.lastRefusal() == null);
        assertThat(store.report().regions().regions()).hasSize(6);
    }

    @Test
    void aBurstOfEditsEndsInTheLastOne() throws Exception {
        DataFixtures.copyOfBundledData(folder);
        store = new ReportStore(folder.toString());
        Path file = folder.resolve("report.json");
        String good = java.nio.file.Files.readString(file);
        String title = store.report().info().title().en();
        for (int i = 0; i < 15; i++) {
            String edited = good.replace(title, "Title " + i);
            // Every third write is a half-saved file, as an editor may leave for a moment.
            java.nio.file.Files.writeString(file, i % 3 == 0 ? edited.substring(0, edited.length() / 2) : edited);
        }
        java.nio.file.Files.writeString(file, good.replace(title, "Final title"));
        await(() -> store.report().info().title().en().equals("Final title"));
    }

    @Test
    void listenersHearOfEachAcceptedReport() throws Exception {
        DataFixtures.copyOfBundledData(folder);
        store = new ReportStore(folder.toString());
        var heard = new java.util.concurrent.atomic.AtomicReference<String>();
        store.addListener(r -> heard.set(r.info().edition()));
        editJson(folder, "report.json", r -> r.put("edition", "2026b"));
        await(() -> "2026b".equals(heard.get()));
    }

    @Test
    void aKubernetesConfigMapUpdateIsPickedUp() throws Exception {
        // The layout the kubelet makes: data files are links through ..data to a timestamped folder.
        Path first = java.nio.file.Files.createDirectory(folder.resolve("..2026_11_29_10_00_00.000000001"));
        DataFixtures.copyOfBundledData(first);
        java.nio.file.Files.createSymbolicLink(folder.resolve("..data"), first.getFileName());
        for (DataFile file : DataFile.values()) {
            java.nio.file.Files.createSymbolicLink(folder.resolve(file.fileName()), Path.of("..data", file.fileName()));
        }
        store = new ReportStore(folder.toString());

        // An update: a new folder, a new link renamed over ..data, the old folder removed.
        Path second = java.nio.file.Files.createDirectory(folder.resolve("..2026_11_29_10_01_00.000000002"));
        DataFixtures.copyOfBundledData(second);
        editJson(second, "report.json", r -> at(r, "/title").put("en", "Updated by the ConfigMap"));
        Path link = java.nio.file.Files.createSymbolicLink(folder.resolve("..data_tmp"), second.getFileName());
        java.nio.file.Files.move(link, folder.resolve("..data"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        try (var old = java.nio.file.Files.walk(first)) {
            old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        await(() -> store.report().info().title().en().equals("Updated by the ConfigMap"));
    }

    /** Each fault an editor can leave in a file: refused live, logged with file, path and reason, the last good data kept, the fix taken. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "syntax error     | kpis.json | $            | {\"kpis\": [ {\"id\": ",
        "empty file       | kpis.json | $            | ",
        "not what it holds | kpis.json | $.kpis[0]   | {\"kpis\": [ {\"id\": \"x\"} ]}",
    })
    void aBrokenFileIsRefusedLiveAndTheLastGoodDataKeepsServing(String fault, String file, String pathPrefix, String content,
            org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        DataFixtures.copyOfBundledData(folder);
        store = new ReportStore(folder.toString());
        var good = store.report();
        Path path = folder.resolve(file);
        String saved = java.nio.file.Files.readString(path);

        java.nio.file.Files.writeString(path, content == null ? "" : content);
        await(() -> store.lastRefusal() != null);
        assertThat(store.report()).as("the last good data keeps serving").isSameAs(good);
        assertThat(store.lastRefusal().problems()).as(fault).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.reason()).isNotBlank();
        });
        assertThat(store.lastRefusal().problems()).anySatisfy(p -> assertThat(p.path()).startsWith(pathPrefix));
        await(() -> output.getAll().contains("The last good data keeps serving."));
        assertThat(output.getAll()).contains(file);

        java.nio.file.Files.writeString(path, saved);
        await(() -> store.lastRefusal() == null);
        assertThat(store.report()).as("the same data as before: the same version, nothing to swap").isSameAs(good);
    }

    @Test
    void aTextMissingItsChineseIsRefusedLive() throws Exception {
        refusedLive(r -> at(r, "/kpis/0/label").remove("zh"), "$.kpis[0].label");
    }

    @Test
    void aNumberWhereTextBelongsIsRefusedLive() throws Exception {
        refusedLive(r -> at(r, "/kpis/0").put("id", 42), "$.kpis[0].id");
    }

    @Test
    void textWhereANumberBelongsIsRefusedLive() throws Exception {
        refusedLive(r -> at(r, "/kpis/0/label").put("en", true), "$.kpis[0].label.en");
    }

    private void refusedLive(java.util.function.Consumer<tools.jackson.databind.node.ObjectNode> edit, String path) throws Exception {
        DataFixtures.copyOfBundledData(folder);
        store = new ReportStore(folder.toString());
        var good = store.report();
        editJson(folder, "kpis.json", edit);
        await(() -> store.lastRefusal() != null);
        assertThat(store.report()).isSameAs(good);
        assertThat(store.lastRefusal().problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("kpis.json");
            assertThat(p.path()).isEqualTo(path);
        });
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("condition not met within " + PATIENCE);
            Thread.sleep(50);
        }
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
    void anEarlierVersionIsHeldWhileAPageShowsIt() throws Exception {
        DataFixtures.copyOfBundledData(folder);
        store = new ReportStore(folder.toString());
        ReportSnapshot shownByAnOpenPage = store.snapshot();
        String oldest = shownByAnOpenPage.version();
        for (int edit = 1; edit <= ReportStore.RECENT + 1; edit++) {
            int n = edit;
            editJson(folder, "report.json", r -> at(r, "/title").put("en", "Title " + n));
            store.reload();
        }
        assertThat(store.snapshot(oldest)).as("beyond the few recent ones, but a page still shows it").containsSame(shownByAnOpenPage);
        shownByAnOpenPage = null;
        for (int i = 0; i < 50 && store.snapshot(oldest).isPresent(); i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(store.snapshot(oldest)).as("no page shows it any more").isEmpty();
    }
}
