package org.ailandscape.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.ailandscape.report.ReportService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The version store is down from the start (PostgreSQL named, nothing listening): the page starts and
 * serves the latest data from memory, says that older versions are unavailable for now, and a
 * permalink of another version answers 503 with a page that says so, never a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:9/nothing-listens-here",
        "spring.datasource.hikari.connection-timeout=500"})
@org.springframework.test.annotation.DirtiesContext // closed after: its store would keep trying the missing database
class StoreDownIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Autowired
    ReportService service;

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theLatestServesFromMemoryAndOlderVersionsAreUnavailableForNow() throws Exception {
        HttpResponse<String> page = get("/?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Older versions of the report are unavailable for now")
                .contains(service.snapshot().dataset().id());
        assertThat(get("/actuator/health").statusCode()).as("the instance stays in the balancer").isEqualTo(200);
        assertThat(get("/?version=" + service.snapshot().version()).statusCode()).as("the latest's own permalink").isEqualTo(200);

        HttpResponse<String> older = get("/?version=0123456789");
        assertThat(older.statusCode()).isEqualTo(503);
        assertThat(older.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(older.body()).contains("Older versions are unavailable for now").contains("Open the latest report").doesNotContain("Exception");

        HttpResponse<String> api = get("/api/versions");
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.body()).contains("cannot be reached");
        assertThat(get("/api/report?version=0123456789").statusCode()).isEqualTo(503);
        assertThat(get("/api/report").statusCode()).isEqualTo(200);
    }
}
