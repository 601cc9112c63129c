package org.ailandscape.edit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.ailandscape.report.archive.VersionArchive;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The editor's tables in the version store's database (schema {@code V2__editor.sql}): accounts,
 * drafts with their field edits and claims, and the audit. Plain SQL that H2 (in its PostgreSQL mode)
 * and PostgreSQL both run; every method that writes more than one row is one transaction, which a
 * publish shares with the version it records.
 */
public class EditorStore {

    private final VersionArchive archive;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public EditorStore(VersionArchive archive) {
        this.archive = archive;
        DataSource dataSource = archive.dataSource();
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
    }

    /** Runs the work in one transaction (a nested call joins it). */
    public <T> T inTransaction(Supplier<T> work) {
        return access(() -> transactions.execute(status -> work.get()));
    }

    // --- Accounts ---------------------------------------------------------------------------------

    public Optional<Account> account(String username) {
        return access(() -> jdbc.sql("select username, password_hash, role, failed_sign_ins, locked_until, created, created_by from editor_account where username = ?")
                .param(username).query(EditorStore::account).optional());
    }

    public List<Account> accounts() {
        return access(() -> jdbc.sql("select username, password_hash, role, failed_sign_ins, locked_until, created, created_by from editor_account order by username")
                .query(EditorStore::account).list());
    }

    /** Adds the account unless one of that name exists; whether it was added. */
    public boolean addAccount(String username, String passwordHash, Role role, Instant at, String by) {
        return access(() -> jdbc.sql("insert into editor_account (username, password_hash, role, created, created_by) values (?, ?, ?, ?, ?) on conflict do nothing")
                .params(username, passwordHash, role.name(), utc(at), by).update() == 1);
    }

    public void setRole(String username, Role role) {
        access(() -> jdbc.sql("update editor_account set role = ? where username = ?").params(role.name(), username).update());
    }

    public void setPassword(String username, String passwordHash) {
        access(() -> jdbc.sql("update editor_account set password_hash = ?, failed_sign_ins = 0, locked_until = null where username = ?")
                .params(passwordHash, username).update());
    }

    /** Counts a failed sign-in; at {@code limit} failures in a row the account locks until {@code lockUntil}. Returns whether it locked. */
    public boolean failedSignIn(String username, int limit, Instant lockUntil) {
        return inTransaction(() -> {
            Optional<Account> found = jdbc.sql("select username, password_hash, role, failed_sign_ins, locked_until, created, created_by from editor_account where username = ? for update")
                    .param(username).query(EditorStore::account).optional();
            if (found.isEmpty()) return false;
            int failures = found.get().failedSignIns() + 1;
            boolean lock = failures >= limit;
            jdbc.sql("update editor_account set failed_sign_ins = ?, locked_until = ? where username = ?")
                    .params(lock ? 0 : failures, lock ? utc(lockUntil) : found.get().lockedUntil() == null ? null : utc(found.get().lockedUntil()), username).update();
            return lock;
        });
    }

    public void signedIn(String username) {
        access(() -> jdbc.sql("update editor_account set failed_sign_ins = 0, locked_until = null where username = ?").param(username).update());
    }

    // --- Drafts -----------------------------------------------------------------------------------

    public Optional<Draft> draft(long id) {
        return access(() -> jdbc.sql(DRAFT + " where id = ?").param(id).query((rs, row) -> draft(rs)).optional()).map(this::withEdits);
    }

    /** The author's draft that is being made or came back from review, if any. */
    public Optional<Draft> openDraftOf(String author) {
        return access(() -> jdbc.sql(DRAFT + " where author = ? and status in ('EDITING', 'RETURNED') order by id desc fetch first 1 rows only")
                .param(author).query((rs, row) -> draft(rs)).optional()).map(this::withEdits);
    }

    public List<Draft> drafts(Draft.Status status) {
        return access(() -> jdbc.sql(DRAFT + " where status = ? order by updated desc").param(status.name()).query((rs, row) -> draft(rs)).list())
                .stream().map(this::withEdits).toList();
    }

    public List<Draft> draftsOf(String author) {
        return access(() -> jdbc.sql(DRAFT + " where author = ? order by id desc").param(author).query((rs, row) -> draft(rs)).list())
                .stream().map(this::withEdits).toList();
    }

    public long newDraft(String author, String baseVersion, Instant at) {
        return access(() -> {
            jdbc.sql("insert into draft (author, status, base_version, created, updated) values (?, 'EDITING', ?, ?, ?)")
                    .params(author, baseVersion, utc(at), utc(at)).update();
            return jdbc.sql("select max(id) from draft where author = ?").param(author).query(Long.class).single();
        });
    }

    /** The open draft that holds a field, other than {@code except}. */
    public Optional<Long> claimOf(String file, String path) {
        return access(() -> jdbc.sql("select draft_id from field_claim where file_name = ? and path = ?").params(file, path).query(Long.class).optional());
    }

    /** Claims the field for the draft; false if another draft holds it (the database's key decides a race). */
    public boolean claim(long draftId, String file, String path) {
        return access(() -> {
            int added = jdbc.sql("insert into field_claim (file_name, path, draft_id) values (?, ?, ?) on conflict do nothing").params(file, path, draftId).update();
            if (added == 1) return true;
            return jdbc.sql("select draft_id from field_claim where file_name = ? and path = ?").params(file, path).query(Long.class).optional()
                    .map(holder -> holder == draftId).orElse(false);
        });
    }

    public void putEdit(long draftId, FieldEdit edit) {
        access(() -> {
            jdbc.sql("delete from draft_change where draft_id = ? and file_name = ? and path = ?").params(draftId, edit.file(), edit.path()).update();
            int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from draft_change where draft_id = ?").param(draftId).query(Integer.class).single();
            return jdbc.sql("insert into draft_change (draft_id, file_name, path, before_json, after_json, seq) values (?, ?, ?, ?, ?, ?)")
                    .params(draftId, edit.file(), edit.path(), json(edit.before()), json(edit.after()), seq).update();
        });
    }

    public void removeEdit(long draftId, String file, String path) {
        access(() -> {
            jdbc.sql("delete from draft_change where draft_id = ? and file_name = ? and path = ?").params(draftId, file, path).update();
            return jdbc.sql("delete from field_claim where draft_id = ? and file_name = ? and path = ?").params(draftId, file, path).update();
        });
    }

    public void releaseClaims(long draftId) {
        access(() -> jdbc.sql("delete from field_claim where draft_id = ?").param(draftId).update());
    }

    /** Moves the draft on, only from the status it is expected in (false if someone else moved it first). */
    public boolean setStatus(long draftId, Draft.Status from, Draft.Status to, @Nullable String note, @Nullable String comment,
            @Nullable String reviewer, @Nullable String version, Instant at) {
        return access(() -> jdbc.sql("update draft set status = ?, note = coalesce(?, note), review_comment = coalesce(?, review_comment), "
                        + "reviewed_by = coalesce(?, reviewed_by), published_version = coalesce(?, published_version), updated = ?, revision = revision + 1 "
                        + "where id = ? and status = ?")
                .params(to.name(), note, comment, reviewer, version, utc(at), draftId, from.name()).update() == 1);
    }

    public void touch(long draftId, Instant at) {
        access(() -> jdbc.sql("update draft set updated = ?, revision = revision + 1 where id = ?")
                .params(utc(at), draftId).update());
    }

    public void setNote(long draftId, String note) {
        access(() -> jdbc.sql("update draft set note = ? where id = ?").params(note, draftId).update());
    }

    // --- Audit ------------------------------------------------------------------------------------

    public void audit(Instant at, String actor, String action, String subject, String detail, String reason) {
        access(() -> jdbc.sql("insert into audit_event (at, actor, action, subject, detail, reason) values (?, ?, ?, ?, ?, ?)")
                .params(utc(at), cut(actor, 64), action, cut(subject, 500), cut(detail, 8000), cut(reason, 4000)).update());
    }

    /** The audit, newest first, at most {@code limit} events. */
    public List<AuditEvent> audit(int limit) {
        return access(() -> jdbc.sql("select seq, at, actor, action, subject, detail, reason from audit_event order by seq desc fetch first " + Math.max(1, limit) + " rows only")
                .query((rs, row) -> new AuditEvent(rs.getLong(1), instant(rs, 2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list());
    }

    // ----------------------------------------------------------------------------------------------

    private static final String DRAFT = "select id, author, status, note, review_comment, base_version, created, updated, revision, reviewed_by, published_version from draft";

    private static Draft draft(ResultSet rs) throws SQLException {
        return new Draft(rs.getLong(1), rs.getString(2), Draft.Status.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                instant(rs, 7), instant(rs, 8), rs.getInt(9), rs.getString(10), rs.getString(11), List.of());
    }

    private Draft withEdits(Draft draft) {
        List<FieldEdit> edits = access(() -> jdbc.sql("select file_name, path, before_json, after_json from draft_change where draft_id = ? order by seq")
                .param(draft.id()).query((rs, row) -> new FieldEdit(rs.getString(1), rs.getString(2), node(rs.getString(3)), node(rs.getString(4)))).list());
        return new Draft(draft.id(), draft.author(), draft.status(), draft.note(), draft.reviewComment(), draft.baseVersion(), draft.created(),
                draft.updated(), draft.revision(), draft.reviewedBy(), draft.publishedVersion(), edits);
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        OffsetDateTime locked = rs.getObject(5, OffsetDateTime.class);
        return new Account(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getInt(4), locked == null ? null : locked.toInstant(),
                instant(rs, 6), rs.getString(7));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable String json(@Nullable JsonNode node) {
        return node == null ? null : DatasetJson.JSON.writeValueAsString(node);
    }

    private static @Nullable JsonNode node(@Nullable String json) {
        return json == null ? null : DatasetJson.JSON.readTree(json);
    }

    private static String cut(@Nullable String text, int length) {
        String value = text == null ? "" : text;
        return value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }

    static OffsetDateTime utc(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private <T> T access(Supplier<T> work) {
        return archive.access(work);
    }
}
