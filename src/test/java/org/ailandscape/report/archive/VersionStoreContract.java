package org.ailandscape.report.archive;

import static org.ailandscape.report.DataFixtures.at;
import static org.ailandscape.report.DataFixtures.editJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.ailandscape.report.DataFixtures;
import org.ailandscape.report.ReportLoader;
import org.ailandscape.report.DataFolder;
import org.ailandscape.report.LoadedData;
import org.ailandscape.report.ReportStore;
import org.ailandscape.report.VersionLookup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The version store, against a real database (each subclass names one): every accepted dataset is
 * kept, survives a restart, is read back exactly, an edit is published and seen by another instance,
 * a write that fails half-way leaves nothing, and a store that is down never stops the page.
 */
abstract class VersionStoreContract {

    @TempDir
    Path folder;

    private final List<ReportStore> stores = new ArrayList<>();
    private final List<HikariDataSource> pools = new ArrayList<>();
    /** While set, the database refuses connections (as one that is down does). */
    final AtomicBoolean down = new AtomicBoolean();

    /** A fresh, empty database for the test. */
    abstract String freshDatabaseUrl() throws Exception;

    private String url;

    @BeforeEach
    void database() throws Exception {
        url = freshDatabaseUrl();
        DataFixtures.copyOfBundledData(folder);
    }

    @AfterEach
    void close() throws Exception {
        for (ReportStore store : stores) store.destroy();
        pools.forEach(HikariDataSource::close);
    }

    /** A new pool on the test's database, as a new instance (or a restart) has. */
    DataSource dataSource() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setConnectionTimeout(1000);
        pool.setInitializationFailTimeout(-1);
        pool.setMinimumIdle(0);
        pools.add(pool);
        return new DelegatingDataSource(pool) {
            @Override
            public Connection getConnection() throws SQLException {
                if (down.get()) throw new SQLException("connection refused (the test's store is down)");
                return super.getConnection();
            }
        };
    }

    ReportStore instance(VersionArchive archive) throws Exception {
        ReportStore store = new ReportStore(folder.toString(), archive, Duration.ZERO);
        stores.add(store);
        return store;
    }

    ReportStore instance() throws Exception {
        return instance(new VersionArchive(dataSource()));
    }

    @Test
    void theStartingDataIsTheFirstVersionAndARestartKeepsIt() throws Exception {
        ReportStore first = instance();
        String id = first.snapshot().version();
        List<StoredVersion> versions = first.versions();
        assertThat(versions).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo(id);
            assertThat(v.author()).isEqualTo(StoredVersion.FILE);
            assertThat(v.sha256()).hasSize(64).startsWith(id);
        });
        assertThat(first.snapshot().dataset().changed()).isEqualTo(versions.getFirst().day());

        ReportStore restarted = instance();
        assertThat(restarted.snapshot().version()).isEqualTo(id);
        assertThat(restarted.versions()).as("the same data again is no new version").singleElement()
                .extracting(StoredVersion::published).isEqualTo(versions.getFirst().published());
    }

    @Test
    void anEditIsANewVersionAndBothAreReadBackAfterARestart() throws Exception {
        ReportStore store = instance();
        String before = store.snapshot().version();
        String title = store.report().info().title().en();
        editJson(folder, "report.json", r -> at(r, "/title").put("en", "Corrected title"));
        assertThat(store.reload()).isTrue();
        String after = store.snapshot().version();
        assertThat(after).isNotEqualTo(before);
        assertThat(store.versions()).extracting(StoredVersion::id).containsExactly(after, before);
        assertThat(store.versions().getFirst().author()).isEqualTo(StoredVersion.FILE);

        ReportStore restarted = instance();
        assertThat(restarted.snapshot().version()).isEqualTo(after);
        assertThat(restarted.lookup(before)).isInstanceOfSatisfying(VersionLookup.Found.class,
                found -> assertThat(found.snapshot().report().info().title().en()).isEqualTo(title));
        assertThat(restarted.lookup(after)).isInstanceOfSatisfying(VersionLookup.Found.class,
                found -> assertThat(found.snapshot().report().info().title().en()).isEqualTo("Corrected title"));
        assertThat(restarted.lookup("0123456789")).isInstanceOf(VersionLookup.Unknown.class);
        assertThat(restarted.changesSince(before)).hasValueSatisfying(changes -> assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.file()).isEqualTo("report.json");
            assertThat(c.path()).isEqualTo("$.title.en");
            assertThat(c.before().asString()).isEqualTo(title);
            assertThat(c.after().asString()).isEqualTo("Corrected title");
        }));
    }

    @Test
    void anotherInstanceServesAVersionPublishedByOne() throws Exception {
        ReportStore one = instance();
        Path otherFolder = DataFixtures.copyInNewFolder("other-instance");
        ReportStore other = new ReportStore(otherFolder.toString(), new VersionArchive(dataSource()), Duration.ZERO);
        stores.add(other);
        editJson(folder, "kpis.json", r -> at(r, "/kpis/0/display").put("en", "$1.30T"));
        one.reload();
        other.synchronise();
        assertThat(other.snapshot().version()).isEqualTo(one.snapshot().version());
        assertThat(other.report().kpis().kpis().getFirst().display().en()).isEqualTo("$1.30T");
    }

    @Test
    void aWriteThatFailsHalfWayLeavesNothing() throws Exception {
        VersionArchive archive = new VersionArchive(dataSource());
        LoadedData data = ReportLoader.loadData(DataFolder.of(folder));
        archive.afterFilesWritten = () -> {
            throw new IllegalStateException("the process dies here");
        };
        assertThatThrownBy(() -> archive.record(data, "file", "", Instant.now(), VersionArchive.Publish.IF_NEW))
                .hasMessageContaining("dies here");
        JdbcClient sql = JdbcClient.create(dataSource());
        for (String table : List.of("dataset_version", "dataset_version_file", "data_file_content", "publication")) {
            assertThat(sql.sql("select count(*) from " + table).query(Long.class).single()).as(table).isZero();
        }
        archive.afterFilesWritten = null;
        archive.record(data, "file", "", Instant.now(), VersionArchive.Publish.IF_NEW);
        assertThat(archive.files(data.snapshot().version())).hasValueSatisfying(files -> assertThat(files).hasSize(data.files().size())
                .allSatisfy((name, bytes) -> assertThat(bytes).isEqualTo(data.files().get(name))));
    }

    @Test
    void aStoreThatIsDownNeverStopsThePageAndCatchesUpWhenBack() throws Exception {
        ReportStore first = instance();
        String old = first.snapshot().version();
        editJson(folder, "report.json", r -> at(r, "/title").put("en", "A first correction"));
        first.reload();
        String corrected = first.snapshot().version();
        first.destroy();

        down.set(true);
        ReportStore store = instance();
        assertThat(store.snapshot().version()).as("the page serves the folder's data from memory").isEqualTo(corrected);
        assertThat(store.storeProblem()).contains("cannot be");
        assertThat(store.archiveAvailable()).isFalse();
        assertThat(store.lookup(old)).as("older versions are unavailable for now").isInstanceOf(VersionLookup.Unavailable.class);
        editJson(folder, "report.json", r -> at(r, "/title").put("en", "Edited while the store was down"));
        assertThat(store.reload()).isTrue();
        String edited = store.snapshot().version();
        assertThat(store.lookup(edited)).as("the latest serves from memory").isInstanceOf(VersionLookup.Found.class);

        down.set(false);
        store.synchronise();
        assertThat(store.archiveAvailable()).isTrue();
        assertThat(store.storeProblem()).isNull();
        assertThat(store.versions()).as("the edit made meanwhile is written once the store is back")
                .extracting(StoredVersion::id).containsExactly(edited, corrected, old);
        assertThat(store.snapshot().version()).as("and it is still the latest").isEqualTo(edited);
        assertThat(store.lookup(old)).isInstanceOf(VersionLookup.Found.class);
    }

    @Test
    void theHistoryOfANumberListsItsValuesAcrossVersions() throws Exception {
        ReportStore store = instance();
        String figure = store.report().kpis().kpis().getFirst().primaryFigure();
        String card = store.report().kpis().kpis().getFirst().id();
        String shown = store.report().kpis().kpis().getFirst().display().en();
        editJson(folder, "kpis.json", r -> at(r, "/kpis/0/display").put("en", "$1.30T"));
        store.reload();
        VersionHistory history = store.history();
        assertThat(history.of(card)).extracting(p -> p.display().en()).containsExactly(shown, "$1.30T");
        assertThat(history.of(figure)).as("the figure itself did not change").hasSize(1);
        assertThat(store.history()).as("computed once per latest version").isSameAs(history);
    }

    @Test
    void eachChangeIsCreditedToTheVersionThatMadeIt() throws Exception {
        ReportStore store = instance();
        String first = store.snapshot().version();
        editJson(folder, "report.json", r -> at(r, "/title").put("en", "Corrected title"));
        store.reload();
        String second = store.snapshot().version();
        editJson(folder, "kpis.json", r -> at(r, "/kpis/0/display").put("en", "$1.30T"));
        store.reload();
        String third = store.snapshot().version();
        assertThat(store.attributedChangesSince(first)).hasValueSatisfying(changes -> {
            assertThat(changes).hasSize(2);
            assertThat(changes).filteredOn(c -> c.change().file().equals("report.json")).singleElement()
                    .satisfies(c -> assertThat(c.version().id()).isEqualTo(second));
            assertThat(changes).filteredOn(c -> c.change().file().equals("kpis.json")).singleElement()
                    .satisfies(c -> assertThat(c.version().id()).isEqualTo(third));
        });
        assertThat(store.attributedChangesSince(third)).hasValue(List.of());
    }

    @Test
    void twoInstancesRecordingTheSameDataAtOnceMakeOneVersion() throws Exception {
        LoadedData data = ReportLoader.loadData(DataFolder.of(folder));
        VersionArchive one = new VersionArchive(dataSource());
        VersionArchive other = new VersionArchive(dataSource());
        one.migrate();
        java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        one.afterFilesWritten = () -> {
            inside.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        // Two threads of their own (the common pool may have one on a small machine, which would run them in turn).
        var threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        var first = threads.submit(() -> one.record(data, "file", "", Instant.now(), VersionArchive.Publish.IF_NEW));
        inside.await();
        var second = threads.submit(() -> other.record(data, "file", "", Instant.now(), VersionArchive.Publish.IF_NEW));
        Thread.sleep(300); // the second waits for the first's transaction
        release.countDown();
        assertThat(first.get().id()).isEqualTo(second.get().id());
        threads.shutdown();
        JdbcClient sql = JdbcClient.create(dataSource());
        assertThat(sql.sql("select count(*) from dataset_version").query(Long.class).single()).isEqualTo(1);
        assertThat(sql.sql("select count(*) from publication").query(Long.class).single()).as("published once").isEqualTo(1);
    }
}
