package org.ailandscape.edit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ailandscape.report.DataFolder;
import org.ailandscape.report.InvalidDataException;
import org.ailandscape.report.LoadedData;
import org.ailandscape.report.ReportLoader;
import org.ailandscape.report.ReportStore;
import org.ailandscape.report.archive.StoredVersion;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What the editor does, each step checked and recorded in the audit: saving field edits to a draft
 * (checked by the loader, refused if another open draft holds the field or the field changed since it
 * was read), submitting it with a note, a publisher's publish (a new version, atomically with the
 * draft's new status and the audit) or return with a comment, and the accounts.
 */
public class EditorService {

    /** An account name: what the audit and a version's author show. */
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,31}");
    public static final int MIN_PASSWORD = 12;

    private final EditorStore store;
    private final ReportStore reports;
    private final PasswordEncoder passwords;
    private final Clock clock;

    public EditorService(EditorStore store, ReportStore reports, PasswordEncoder passwords, Clock clock) {
        this.store = store;
        this.reports = reports;
        this.passwords = passwords;
        this.clock = clock;
    }

    public EditorStore store() {
        return store;
    }

    /** The files of the version now serving (what the editor lists and edits are made on). */
    public LoadedData latest() {
        return reports.currentData();
    }

    private final java.util.concurrent.atomic.AtomicReference<DatasetFields> fields = new java.util.concurrent.atomic.AtomicReference<>();

    /** The editable fields of the version now serving: read off its files once per version, not per view or tab. */
    public DatasetFields fields() {
        LoadedData now = latest();
        DatasetFields known = fields.get();
        if (known != null && known.version().equals(now.snapshot().version())) return known;
        DatasetFields read = DatasetFields.of(now.snapshot().version(), now.files());
        fields.set(read);
        return read;
    }

    // --- Drafts -----------------------------------------------------------------------------------

    /** The author's open draft (being made, or returned from review), if any. */
    public Optional<Draft> openDraft(String author) {
        return store.openDraftOf(author);
    }

    /**
     * Adds edits to the author's open draft (a new one if there is none). Each edit's {@code before}
     * is the value its form was opened with: if the latest version holds something else now, or another
     * open draft holds the field, nothing is saved and the refusal says which field and whose draft. The
     * draft with the edits must pass the loader's checks ({@link InvalidDataException} otherwise).
     * An edit back to the latest value takes the field out of the draft.
     */
    public Draft save(String author, List<FieldEdit> edits, String why) {
        LoadedData latest = latest();
        for (FieldEdit edit : edits) {
            tools.jackson.databind.JsonNode now = DatasetJson.at(latest.files(), edit.file(), edit.path());
            if (!sameValue(now, edit.before())) {
                throw new EditRefusedException("editor.refused.changed", "Someone changed " + edit.file() + " " + edit.path()
                        + " since you opened it: it is now " + FieldEdit.show(now) + ".", edit.file() + " " + edit.path(), FieldEdit.show(now));
            }
        }
        Draft draft = store.openDraftOf(author).orElse(null);
        long id = draft != null ? draft.id() : -1;
        for (FieldEdit edit : edits) {
            Optional<Long> holder = store.claimOf(edit.file(), edit.path());
            if (holder.isPresent() && holder.get() != id) throw conflict(edit, holder.get());
        }
        List<FieldEdit> combined = merge(draft == null ? List.of() : draft.edits(), edits);
        check(latest, combined);
        Instant now = clock.instant();
        return store.inTransaction(() -> {
            long draftId = draft != null ? draft.id() : store.newDraft(author, latest.snapshot().version(), now);
            for (FieldEdit edit : edits) {
                FieldEdit original = draft == null ? null : draft.edits().stream().filter(e -> e.key().equals(edit.key())).findFirst().orElse(null);
                FieldEdit kept = new FieldEdit(edit.file(), edit.path(), original != null ? original.before() : edit.before(), edit.after());
                if (kept.isNoChange() || sameValue(kept.before(), kept.after())) {
                    store.removeEdit(draftId, edit.file(), edit.path());
                    continue;
                }
                if (!store.claim(draftId, edit.file(), edit.path())) {
                    throw conflict(edit, store.claimOf(edit.file(), edit.path()).orElse(-1L));
                }
                store.putEdit(draftId, kept);
            }
            store.touch(draftId, now);
            store.audit(now, author, AuditEvent.DRAFT_SAVED, "draft " + draftId, describe(edits), why);
            return store.draft(draftId).orElseThrow();
        });
    }

    /** Takes one field out of the author's open draft. */
    public Draft removeEdit(String author, long draftId, String file, String path) {
        Draft draft = own(author, draftId);
        if (!draft.status().open() || draft.status() == Draft.Status.SUBMITTED) throw notEditable(draft);
        Instant now = clock.instant();
        return store.inTransaction(() -> {
            store.removeEdit(draftId, file, path);
            store.touch(draftId, now);
            store.audit(now, author, AuditEvent.DRAFT_CHANGE_REMOVED, "draft " + draftId, file + " " + path, "");
            return store.draft(draftId).orElseThrow();
        });
    }

    /** Sends the author's draft to the publishers, with its note (required: it says why). */
    public Draft submit(String author, long draftId, String note) {
        Draft draft = own(author, draftId);
        if (note == null || note.isBlank()) throw new EditRefusedException("editor.refused.note", "A draft needs a note: what it changes and why.");
        if (draft.edits().isEmpty()) throw new EditRefusedException("editor.refused.empty", "The draft changes nothing.");
        if (draft.status() != Draft.Status.EDITING && draft.status() != Draft.Status.RETURNED) throw notEditable(draft);
        check(latest(), draft.edits());
        Instant now = clock.instant();
        return store.inTransaction(() -> {
            if (!store.setStatus(draftId, draft.status(), Draft.Status.SUBMITTED, note.strip(), null, null, null, now)) throw notEditable(draft);
            store.audit(now, author, AuditEvent.DRAFT_SUBMITTED, "draft " + draftId, describe(draft.edits()), note.strip());
            return store.draft(draftId).orElseThrow();
        });
    }

    /** Gives up the author's draft: its fields are free again. */
    public void discard(String author, long draftId) {
        Draft draft = own(author, draftId);
        if (!draft.status().open()) throw notEditable(draft);
        Instant now = clock.instant();
        store.inTransaction(() -> {
            if (!store.setStatus(draftId, draft.status(), Draft.Status.DISCARDED, null, null, null, null, now)) throw notEditable(draft);
            store.releaseClaims(draftId);
            store.audit(now, author, AuditEvent.DRAFT_DISCARDED, "draft " + draftId, describe(draft.edits()), "");
            return null;
        });
    }

    /** The drafts waiting for a publisher. */
    public List<Draft> submitted() {
        return store.drafts(Draft.Status.SUBMITTED);
    }

    /**
     * Publishes a submitted draft: its edits applied to the latest version (each field must still hold
     * the value the edit replaces), checked by the loader, and recorded as the new latest version; the
     * draft's new status and the audit are written in the same transaction. A draft is published by a
     * publisher other than its author.
     */
    public StoredVersion publish(String publisher, long draftId) {
        Draft draft = store.draft(draftId).orElseThrow(() -> noDraft(draftId));
        if (draft.status() != Draft.Status.SUBMITTED) throw notSubmitted(draft);
        if (draft.author().equals(publisher)) {
            throw new EditRefusedException("editor.refused.own", "A draft is published by someone other than its author.");
        }
        LoadedData fresh = build(latest(), draft.edits());
        Instant now = clock.instant();
        return reports.publish(fresh, draft.author(), draft.note(), version -> {
            if (!store.setStatus(draftId, Draft.Status.SUBMITTED, Draft.Status.PUBLISHED, null, null, publisher, version.id(), now)) throw notSubmitted(draft);
            store.releaseClaims(draftId);
            store.audit(now, publisher, AuditEvent.PUBLISHED, "draft " + draftId + " → version " + version.id(), describe(draft.edits()), draft.note());
        });
    }

    /** Sends a submitted draft back to its author with a comment (required: it says what to change). */
    public Draft sendBack(String publisher, long draftId, String comment) {
        Draft draft = store.draft(draftId).orElseThrow(() -> noDraft(draftId));
        if (draft.status() != Draft.Status.SUBMITTED) throw notSubmitted(draft);
        if (comment == null || comment.isBlank()) throw new EditRefusedException("editor.refused.comment", "Say what should change: a comment is required.");
        Instant now = clock.instant();
        return store.inTransaction(() -> {
            if (!store.setStatus(draftId, Draft.Status.SUBMITTED, Draft.Status.RETURNED, null, comment.strip(), publisher, null, now)) throw notSubmitted(draft);
            store.audit(now, publisher, AuditEvent.RETURNED, "draft " + draftId, describe(draft.edits()), comment.strip());
            return store.draft(draftId).orElseThrow();
        });
    }

    /** The dataset a draft makes: the latest with its edits, loaded (and so checked) as the loader loads any dataset. */
    public LoadedData build(LoadedData latest, List<FieldEdit> edits) {
        Map<String, byte[]> files;
        try {
            files = DatasetJson.apply(latest.files(), edits);
        } catch (StaleEditException e) {
            throw new EditRefusedException("editor.refused.stale", "The published data changed under this draft: " + e.getMessage(), e.getMessage());
        }
        return ReportLoader.loadData(DataFolder.ofFiles(files, "the draft"));
    }

    /** Checks edits against the loader's rules; throws {@link InvalidDataException} with every problem. */
    public void check(LoadedData latest, List<FieldEdit> edits) {
        build(latest, edits);
    }

    // --- Accounts ---------------------------------------------------------------------------------

    /** Creates the account (a publisher does this); the password is kept only as a bcrypt hash. */
    public void createAccount(String by, String username, Role role, String password) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches() || name.equals(StoredVersion.FILE) || name.equals(StoredVersion.BUNDLE)) {
            throw new EditRefusedException("editor.refused.username", "An account name is 2 to 32 small letters, digits, '.', '_' or '-', starting with a letter (and not 'file' or 'bundle').");
        }
        requireStrong(password);
        Instant now = clock.instant();
        store.inTransaction(() -> {
            if (!store.addAccount(name, passwords.encode(password), role, now, by)) {
                throw new EditRefusedException("editor.refused.exists", "There is an account of that name already.", name);
            }
            store.audit(now, by, AuditEvent.ACCOUNT_CREATED, "account " + name, "role " + role.name().toLowerCase(java.util.Locale.ROOT), "");
            return null;
        });
    }

    public void changeRole(String by, String username, Role role) {
        Instant now = clock.instant();
        store.inTransaction(() -> {
            store.setRole(username, role);
            store.audit(now, by, AuditEvent.ACCOUNT_CHANGED, "account " + username, "role " + role.name().toLowerCase(java.util.Locale.ROOT), "");
            return null;
        });
    }

    public void changePassword(String by, String username, String password) {
        requireStrong(password);
        Instant now = clock.instant();
        store.inTransaction(() -> {
            store.setPassword(username, passwords.encode(password));
            store.audit(now, by, AuditEvent.ACCOUNT_CHANGED, "account " + username, "password set (and unlocked)", "");
            return null;
        });
    }

    private static void requireStrong(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new EditRefusedException("editor.refused.password", "A password has at least " + MIN_PASSWORD + " characters.", MIN_PASSWORD);
        }
    }

    // ----------------------------------------------------------------------------------------------

    private Draft own(String author, long draftId) {
        Draft draft = store.draft(draftId).orElseThrow(() -> noDraft(draftId));
        if (!draft.author().equals(author)) throw new EditRefusedException("editor.refused.notYours", "This draft is someone else's.");
        return draft;
    }

    private EditRefusedException conflict(FieldEdit edit, long holder) {
        Optional<Draft> other = store.draft(holder);
        String who = other.map(Draft::author).orElse("?");
        String value = other.flatMap(d -> d.edits().stream().filter(e -> e.key().equals(edit.key())).findFirst()).map(e -> FieldEdit.show(e.after())).orElse("—");
        return new EditRefusedException("editor.refused.conflict", who + "'s draft " + holder + " already changes " + edit.file() + " " + edit.path()
                + " (to " + value + "). Nothing was saved: agree with them, or wait until that draft is published, returned or discarded.",
                who, holder, edit.file() + " " + edit.path(), value);
    }

    private static EditRefusedException notEditable(Draft draft) {
        return new EditRefusedException("editor.refused.status", "Draft " + draft.id() + " is " + draft.status().name().toLowerCase(java.util.Locale.ROOT) + ": it cannot be changed now.", draft.id());
    }

    private static EditRefusedException notSubmitted(Draft draft) {
        return new EditRefusedException("editor.refused.notSubmitted", "Draft " + draft.id() + " is not waiting for review.", draft.id());
    }

    private static EditRefusedException noDraft(long id) {
        return new EditRefusedException("editor.refused.noDraft", "There is no draft " + id + ".", id);
    }

    private static List<FieldEdit> merge(List<FieldEdit> existing, List<FieldEdit> added) {
        Map<String, FieldEdit> byKey = new LinkedHashMap<>();
        existing.forEach(e -> byKey.put(e.key(), e));
        added.forEach(e -> byKey.merge(e.key(), e, (old, neu) -> new FieldEdit(old.file(), old.path(), old.before(), neu.after())));
        return new ArrayList<>(byKey.values());
    }

    static boolean sameValue(Object a, Object b) {
        if (a instanceof tools.jackson.databind.JsonNode x && b instanceof tools.jackson.databind.JsonNode y && x.isNumber() && y.isNumber()) {
            return x.decimalValue().compareTo(y.decimalValue()) == 0;
        }
        return Objects.equals(a, b);
    }

    static String describe(List<FieldEdit> edits) {
        return edits.stream().map(e -> e.file() + " " + e.path() + ": " + FieldEdit.show(e.before()) + " → " + FieldEdit.show(e.after()))
                .collect(Collectors.joining("\n"));
    }
}
