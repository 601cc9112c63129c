package org.ailandscape.report.archive;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.ailandscape.report.LoadedData;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every accepted dataset, kept in a database as it was read: the embedded H2 database in files under
 * {@code REPORT_STORE_DIR} by default, or PostgreSQL ({@code spring.datasource.*}) that several instances
 * share. The schema is Flyway's ({@code db/migration}), brought up to date by {@link #migrate} when the
 * store is first reached, not at startup, so that a database that is down never keeps the page from
 * serving. Each write is one transaction: a version is all there or not at all.
 */
public class VersionArchive {

    /** Whether a dataset is published when it is recorded. */
    public enum Publish {
        /** Only if the store does not know it yet (the dataset an instance starts with). */
        IF_NEW,
        /** Unless it is already the latest (an edit of the data folder; an editor's publish). */
        UNLESS_LATEST
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private volatile boolean migrated;
    /** Called inside the write's transaction after the files are written (tests make it fail there). */
    @Nullable Runnable afterFilesWritten;

    public VersionArchive(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
    }

    /** Brings the schema up to date (once per run; again after a failure). */
    public void migrate() {
        if (migrated) return;
        synchronized (this) {
            if (migrated) return;
            try {
                Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
                migrated = true;
            } catch (FlywayException e) {
                throw new ArchiveUnavailableException("the version store's schema cannot be brought up to date: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Keeps the dataset as a version (if the store does not have it yet) and publishes it as the rule
     * says. Returns the stored version: with the date and author of its first publication.
     */
    public StoredVersion record(LoadedData data, String author, String note, Instant time, Publish rule) {
        return record(data, author, note, time, rule, stored -> {});
    }

    /**
     * As {@link #record(LoadedData, String, String, Instant, Publish)}, and runs {@code within} in the same
     * transaction once the version is recorded: what it writes (an editor's draft marked published, its
     * audit) is there with the version or, if anything fails, neither is.
     */
    public StoredVersion record(LoadedData data, String author, String note, Instant time, Publish rule,
            java.util.function.Consumer<StoredVersion> within) {
        Instant at = time.truncatedTo(java.time.temporal.ChronoUnit.MICROS); // what the database keeps
        String id = data.snapshot().version();
        return access(() -> transactions.execute(status -> {
            Optional<StoredVersion> known = find(id);
            if (known.isEmpty()) {
                // Another instance may be recording the same data at this moment: whichever inserts the
                // version first writes it; the other waits for that (the row's lock), finds it, and writes nothing.
                int inserted = jdbc.sql("insert into dataset_version (id, sha256, published, author, note) values (?, ?, ?, ?, ?) on conflict do nothing")
                        .params(id, data.sha256(), utc(at), author, note).update();
                if (inserted == 0) {
                    known = find(id);
                } else {
                    for (Map.Entry<String, byte[]> file : data.files().entrySet()) {
                        String sha256 = sha256(file.getValue());
                        jdbc.sql("insert into data_file_content (sha256, bytes) values (?, ?) on conflict do nothing")
                                .params(sha256, file.getValue()).update();
                        jdbc.sql("insert into dataset_version_file (version_id, file_name, sha256) values (?, ?, ?)")
                                .params(id, file.getKey(), sha256).update();
                    }
                    if (afterFilesWritten != null) afterFilesWritten.run();
                }
            }
            boolean publish = known.isEmpty() || (rule == Publish.UNLESS_LATEST && !latestId().map(id::equals).orElse(false));
            if (publish) {
                jdbc.sql("insert into publication (version_id, published, author, note) values (?, ?, ?, ?)")
                        .params(id, utc(at), author, note).update();
            }
            StoredVersion stored = known.orElseGet(() -> new StoredVersion(id, data.sha256(), at, author, note));
            within.accept(stored);
            return stored;
        }));
    }

    /** The store's database (the editor keeps its accounts, drafts and audit beside the versions). */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The version every instance serves: the one published last. */
    public Optional<StoredVersion> latest() {
        return access(() -> latestId().flatMap(this::find));
    }

    /** Every version, the most recently first published first. */
    public List<StoredVersion> versions() {
        return access(() -> jdbc.sql("select id, sha256, published, author, note from dataset_version order by published desc, id")
                .query((rs, row) -> new StoredVersion(rs.getString(1), rs.getString(2).strip(),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), rs.getString(5)))
                .list());
    }

    public Optional<StoredVersion> version(String id) {
        return access(() -> find(id));
    }

    /** The files of a version, as they were read when it was recorded. */
    public Optional<Map<String, byte[]>> files(String id) {
        return access(() -> {
            Map<String, byte[]> files = new LinkedHashMap<>();
            jdbc.sql("select f.file_name, c.bytes from dataset_version_file f join data_file_content c on c.sha256 = f.sha256 "
                            + "where f.version_id = ? order by f.file_name")
                    .param(id).query(rs -> {
                        files.put(rs.getString(1), rs.getBytes(2));
                    });
            return files.isEmpty() ? Optional.<Map<String, byte[]>>empty() : Optional.of(files);
        });
    }

    private Optional<String> latestId() {
        return jdbc.sql("select version_id from publication order by seq desc fetch first 1 rows only").query(String.class).optional();
    }

    private Optional<StoredVersion> find(String id) {
        return jdbc.sql("select id, sha256, published, author, note from dataset_version where id = ?").param(id)
                .query((rs, row) -> new StoredVersion(rs.getString(1), rs.getString(2).strip(),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), rs.getString(5)))
                .optional();
    }

    /**
     * Runs work on the store's database (its schema brought up to date first), with a failure of the
     * database as {@link ArchiveUnavailableException}: for the editor's tables beside the versions too.
     */
    public <T> T access(Supplier<T> work) {
        migrate();
        try {
            return work.get();
        } catch (org.springframework.dao.DataAccessResourceFailureException e) {
            throw new ArchiveUnavailableException("the version store cannot be reached: " + e.getMostSpecificCause().getMessage(), e);
        } catch (DataAccessException e) {
            throw new ArchiveUnavailableException("the version store failed: " + e.getMostSpecificCause().getMessage(), e);
        }
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
