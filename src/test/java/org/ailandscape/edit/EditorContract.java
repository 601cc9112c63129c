package org.ailandscape.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ailandscape.report.DataFixtures;
import org.ailandscape.report.InvalidDataException;
import org.ailandscape.report.ReportStore;
import org.ailandscape.report.archive.StoredVersion;
import org.ailandscape.report.archive.VersionArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.StringNode;

/**
 * The editor's service against a real database (each subclass names one): drafts are checked by the
 * loader, conflicts are refused with nothing saved, a publish is a new version while the old one stays
 * readable, drafts survive a restart, and every step is in the audit.
 */
abstract class EditorContract {

    @TempDir
    Path folder;

    private final List<ReportStore> stores = new ArrayList<>();
    private final List<HikariDataSource> pools = new ArrayList<>();
    private String url;
    ReportStore reports;
    EditorService service;

    abstract String freshDatabaseUrl() throws Exception;

    @BeforeEach
    void start() throws Exception {
        url = freshDatabaseUrl();
        DataFixtures.copyOfBundledData(folder);
        service = instance();
    }

    /** A new instance on the test's database (a restart, or a second server). */
    EditorService instance() throws Exception {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setMinimumIdle(0);
        pools.add(pool);
        VersionArchive archive = new VersionArchive(pool);
        reports = new ReportStore(folder.toString(), archive, Duration.ZERO);
        stores.add(reports);
        return new EditorService(new EditorStore(archive), reports, new BCryptPasswordEncoder(4), Clock.systemUTC());
    }

    @AfterEach
    void close() throws Exception {
        for (ReportStore store : stores) store.destroy();
        pools.forEach(HikariDataSource::close);
    }

    private FieldEdit firstValue(JsonNode after) {
        FigureFields figure = DatasetFields.of(service.latest().files()).figures().getFirst();
        return new FieldEdit(figure.file(), figure.path() + ".value", figure.node().get("value"), after);
    }

    @Test
    void aDraftIsCheckedByTheLoaderAndConflictsAreRefusedWithNothingSaved() {
        FieldEdit negative = firstValue(JsonNodeFactory.instance.numberNode(-5));
        assertThatThrownBy(() -> service.save("alice", List.of(negative), ""))
                .isInstanceOf(InvalidDataException.class)
                .satisfies(e -> assertThat(((InvalidDataException) e).problems()).anySatisfy(p -> {
                    assertThat(p.path()).isEqualTo(negative.path());
                    assertThat(p.reason()).contains("negative");
                }));
        assertThat(service.openDraft("alice")).isEmpty();

        Draft alice = service.save("alice", List.of(firstValue(JsonNodeFactory.instance.numberNode(1300000000000L))), "a newer forecast");
        assertThat(alice.edits()).hasSize(1);
        assertThatThrownBy(() -> service.save("bob", List.of(firstValue(JsonNodeFactory.instance.numberNode(1400000000000L))), ""))
                .isInstanceOf(EditRefusedException.class)
                .hasMessageContaining("alice's draft " + alice.id())
                .hasMessageContaining("1300000000000");
        assertThat(service.openDraft("bob")).isEmpty();
        assertThat(service.store().draft(alice.id()).orElseThrow().edits().getFirst().after().asLong()).isEqualTo(1300000000000L);

        // A form opened on a value that has changed since is told so.
        FieldEdit stale = new FieldEdit(negative.file(), negative.path(), JsonNodeFactory.instance.numberNode(7), JsonNodeFactory.instance.numberNode(8));
        assertThatThrownBy(() -> service.save("alice", List.of(stale), "")).isInstanceOf(EditRefusedException.class).hasMessageContaining("since you opened it");
    }

    @Test
    void aPublishIsANewVersionAndTheOldOneStaysReadable() throws Exception {
        String before = reports.snapshot().version();
        FieldEdit edit = firstValue(JsonNodeFactory.instance.numberNode(1300000000000L));
        Draft draft = service.save("alice", List.of(edit), "");
        assertThatThrownBy(() -> service.submit("alice", draft.id(), " ")).isInstanceOf(EditRefusedException.class);
        service.submit("alice", draft.id(), "IDC's revised forecast");
        assertThatThrownBy(() -> service.publish("alice", draft.id())).isInstanceOf(EditRefusedException.class).hasMessageContaining("other than its author");

        StoredVersion published = service.publish("bob", draft.id());

        assertThat(reports.snapshot().version()).isEqualTo(published.id()).isNotEqualTo(before);
        assertThat(published.author()).isEqualTo("alice");
        assertThat(published.note()).isEqualTo("IDC's revised forecast");
        assertThat(DatasetJson.at(reports.currentData().files(), edit.file(), edit.path()).asLong()).isEqualTo(1300000000000L);
        var old = reports.lookup(before);
        assertThat(old).isInstanceOf(org.ailandscape.report.VersionLookup.Found.class);
        Draft done = service.store().draft(draft.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(Draft.Status.PUBLISHED);
        assertThat(done.publishedVersion()).isEqualTo(published.id());
        assertThat(done.reviewedBy()).isEqualTo("bob");
        // The field is free again, and the watched folder now holds the published version.
        assertThat(service.store().claimOf(edit.file(), edit.path())).isEmpty();
        assertThat(java.nio.file.Files.readAllBytes(folder.resolve(edit.file()))).isEqualTo(reports.currentData().files().get(edit.file()));
        assertThat(service.store().audit(50)).extracting(AuditEvent::action)
                .containsSubsequence(AuditEvent.PUBLISHED, AuditEvent.DRAFT_SUBMITTED, AuditEvent.DRAFT_SAVED);
    }

    @Test
    void aReturnedDraftSurvivesARestartWithItsComment() throws Exception {
        Draft draft = service.save("alice", List.of(firstValue(JsonNodeFactory.instance.numberNode(1300000000000L))), "");
        service.submit("alice", draft.id(), "revised");
        assertThatThrownBy(() -> service.sendBack("bob", draft.id(), "")).isInstanceOf(EditRefusedException.class);
        service.sendBack("bob", draft.id(), "Which IDC release?");

        EditorService restarted = instance();

        Draft again = restarted.openDraft("alice").orElseThrow();
        assertThat(again.id()).isEqualTo(draft.id());
        assertThat(again.status()).isEqualTo(Draft.Status.RETURNED);
        assertThat(again.reviewComment()).isEqualTo("Which IDC release?");
        assertThat(again.edits()).hasSize(1);
    }

    @Test
    void aPublishOnDataThatChangedUnderTheDraftIsRefusedAndChangesNothing() throws Exception {
        FieldEdit edit = firstValue(JsonNodeFactory.instance.numberNode(1300000000000L));
        Draft draft = service.save("alice", List.of(edit), "");
        service.submit("alice", draft.id(), "revised");
        // A developer edits the same figure in the data folder meanwhile.
        FieldEdit developers = new FieldEdit(edit.file(), edit.path(), edit.before(), JsonNodeFactory.instance.numberNode(1295000000000L));
        java.nio.file.Files.write(folder.resolve(edit.file()), DatasetJson.apply(reports.currentData().files(), List.of(developers)).get(edit.file()));
        assertThat(reports.reload()).isTrue();
        String latest = reports.snapshot().version();

        assertThatThrownBy(() -> service.publish("bob", draft.id())).isInstanceOf(EditRefusedException.class).hasMessageContaining("changed under this draft");

        assertThat(reports.snapshot().version()).isEqualTo(latest);
        assertThat(service.store().draft(draft.id()).orElseThrow().status()).isEqualTo(Draft.Status.SUBMITTED);
    }

    @Test
    void aTextIsEditedInBothLanguagesAndAMissingOneIsRefused() {
        EditableField text = DatasetFields.of(service.latest().files()).fields().stream()
                .filter(f -> f.kind() == EditableField.Kind.TEXT).findFirst().orElseThrow();
        assertThatThrownBy(() -> service.save("alice", text.textEdits(text.en(), ""), ""))
                .isInstanceOf(InvalidDataException.class)
                .satisfies(e -> assertThat(((InvalidDataException) e).problems()).anySatisfy(p -> assertThat(p.path()).startsWith(text.path())));
        Draft draft = service.save("alice", text.textEdits(text.en() + " (revised)", text.zh()), "");
        assertThat(draft.edits()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo(text.path() + ".en");
            assertThat(e.after()).isEqualTo(StringNode.valueOf(text.en() + " (revised)"));
        });
        // An edit back to the published value takes the field out of the draft.
        Draft undone = service.save("alice", List.of(new FieldEdit(text.file(), text.path() + ".en", StringNode.valueOf(text.en()), StringNode.valueOf(text.en()))), "");
        assertThat(undone.edits()).isEmpty();
    }

    @Test
    void accountsHaveHashedPasswordsAndLockAfterRepeatedFailures() {
        assertThatThrownBy(() -> service.createAccount("admin", "carol", Role.EDITOR, "short")).isInstanceOf(EditRefusedException.class);
        assertThatThrownBy(() -> service.createAccount("admin", "file", Role.EDITOR, "a long enough password")).isInstanceOf(EditRefusedException.class);
        service.createAccount("admin", "carol", Role.EDITOR, "a long enough password");
        Account carol = service.store().account("carol").orElseThrow();
        assertThat(carol.passwordHash()).startsWith("$2").doesNotContain("a long enough password");
        java.time.Instant until = java.time.Instant.now().plusSeconds(900);
        for (int i = 0; i < 4; i++) assertThat(service.store().failedSignIn("carol", 5, until)).isFalse();
        assertThat(service.store().failedSignIn("carol", 5, until)).isTrue();
        assertThat(service.store().account("carol").orElseThrow().lockedAt(java.time.Instant.now())).isTrue();
        service.changePassword("admin", "carol", "another long password");
        assertThat(service.store().account("carol").orElseThrow().lockedAt(java.time.Instant.now())).isFalse();
    }
}
