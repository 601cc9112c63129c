package org.ailandscape.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.ailandscape.edit.AuditEvent;
import org.ailandscape.edit.EditorService;
import org.ailandscape.edit.Role;
import org.ailandscape.report.ReportStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The editor refuses what it must, over plain HTTP, and each refusal changes nothing: wrong passwords
 * (and the lock they lead to), a stranger calling the editing APIs, an editor asking for the audit, a
 * cross-site POST without the session's CSRF token, and a malformed spreadsheet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "report.admin-password=an admin password for tests")
class EditorSecurityIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    EditorService service;

    @Autowired
    ReportStore reports;

    private HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> signIn(HttpClient client, String user, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private long audited(String action, String actor) {
        return service.store().audit(5000).stream().filter(e -> e.action().equals(action) && e.actor().equals(actor)).count();
    }

    @Test
    void wrongPasswordsAreRefusedAuditedAndLockTheAccount() throws Exception {
        service.createAccount("admin", "carol", Role.EDITOR, "carol's long password");
        HttpClient client = client();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = signIn(client, "carol", "guess " + i);
            assertThat(wrong.statusCode()).isEqualTo(302);
            assertThat(wrong.headers().firstValue("Location").orElseThrow()).contains("/login?error");
        }
        assertThat(audited(AuditEvent.SIGN_IN_FAILED, "carol")).isEqualTo(5);
        // Locked now: even the right password is refused, and nothing of the editor answers.
        HttpResponse<String> locked = signIn(client, "carol", "carol's long password");
        assertThat(locked.headers().firstValue("Location").orElseThrow()).contains("/login?error");
        assertThat(get(client, "/api/edit/drafts").statusCode()).isEqualTo(401);
        assertThat(audited(AuditEvent.SIGN_IN_LOCKED, "carol")).isEqualTo(1);
        assertThat(service.store().account("carol").orElseThrow().lockedAt(java.time.Instant.now())).isTrue();
        // An unknown name is refused the same way (nothing tells which names exist) and is audited too.
        assertThat(signIn(client(), "nobody", "whatever").headers().firstValue("Location").orElseThrow()).contains("/login?error");
        assertThat(audited(AuditEvent.SIGN_IN_FAILED, "nobody")).isEqualTo(1);
    }

    @Test
    void aStrangerGetsNothingOfTheEditor() throws Exception {
        HttpClient stranger = client();
        for (String path : new String[] {"/api/edit/drafts", "/api/edit/session", "/api/edit/figures.xlsx", "/api/edit/dataset.zip", "/api/audit"}) {
            HttpResponse<String> answer = get(stranger, path);
            assertThat(answer.statusCode()).as(path).isEqualTo(401);
            assertThat(answer.body()).as(path).doesNotContain("semiconductor");
        }
        assertThat(get(stranger, "/edit/preview?draft=1").statusCode()).isIn(302, 401);
        HttpResponse<String> editPage = get(stranger, "/edit");
        assertThat(editPage.statusCode()).isEqualTo(302);
        assertThat(editPage.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        String version = reports.snapshot().version();
        HttpResponse<String> post = stranger.send(HttpRequest.newBuilder(uri("/api/edit/upload")).POST(HttpRequest.BodyPublishers.ofString("file,path")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isIn(401, 403);
        assertThat(reports.snapshot().version()).isEqualTo(version);
        // An editor who is not a publisher is refused the audit.
        service.createAccount("admin", "dana", Role.EDITOR, "dana's long password");
        HttpClient dana = client();
        assertThat(signIn(dana, "dana", "dana's long password").headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(get(dana, "/api/edit/drafts").statusCode()).isEqualTo(200);
        assertThat(get(dana, "/api/audit").statusCode()).isEqualTo(403);
    }

    @Test
    void aCrossSitePostAndAMalformedUploadAreRefusedWithNothingChanged() throws Exception {
        service.createAccount("admin", "eve", Role.EDITOR, "eve's long password");
        HttpClient eve = client();
        assertThat(signIn(eve, "eve", "eve's long password").headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String version = reports.snapshot().version();
        byte[] good = get(eve, "/api/edit/figures.csv").body().replaceFirst("1290000000000", "1300000000000").getBytes(StandardCharsets.UTF_8);

        // Another site's page posting with the signed-in reader's cookie: no CSRF token, refused.
        HttpResponse<String> crossSite = eve.send(HttpRequest.newBuilder(uri("/api/edit/upload")).header("Origin", "https://elsewhere.example")
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(good)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(service.openDraft("eve")).isEmpty();

        // The same session with its token: a malformed file is refused whole, by row and column.
        JsonNode session = JSON.readTree(get(eve, "/api/edit/session").body());
        String header = session.get("csrf").get("header").asString();
        String token = session.get("csrf").get("token").asString();
        String bad = new String(good, StandardCharsets.UTF_8).replaceFirst("1300000000000", "a lot");
        HttpResponse<String> malformed = eve.send(HttpRequest.newBuilder(uri("/api/edit/upload?name=bad.csv")).header(header, token)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(bad)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(malformed.statusCode()).isEqualTo(400);
        JsonNode problems = JSON.readTree(malformed.body()).get("problems");
        java.util.List<String> lines = java.util.List.of(bad.split("\r\n"));
        int badRow = 1 + lines.indexOf(lines.stream().filter(l -> l.contains("a lot")).findFirst().orElseThrow());
        assertThat(problems.get(0).get("row").asInt()).isEqualTo(badRow);
        assertThat(problems.get(0).get("column").asString()).isEqualTo("value");
        assertThat(service.openDraft("eve")).isEmpty();
        assertThat(reports.snapshot().version()).isEqualTo(version);

        // And the good file, with the token, becomes eve's draft (not yet published).
        HttpResponse<String> accepted = eve.send(HttpRequest.newBuilder(uri("/api/edit/upload?name=good.csv")).header(header, token)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(good)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(service.openDraft("eve").orElseThrow().edits()).hasSize(1);
        assertThat(reports.snapshot().version()).isEqualTo(version);
    }
}
