package org.ailandscape.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A generated set of hostile and odd URLs: unknown paths, and every parameter of the page and the API
 * with empty, overlong, unicode, percent-garbage, traversal, markup and template payloads. Each answers
 * 200, 400 or 404, never with internals; in a browser, none of the payloads runs.
 */
class UrlFuzzIT extends BrowserTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** Raw (already URL-shaped) values: some are valid encodings, some deliberately are not. */
    static final List<String> PAYLOADS = List.of(
            "", "%20", "x".repeat(4000), "%E4%BD%A0%E5%A5%BD", "%F0%9F%98%80", "%ZZ", "%", "%%%", "%C0%AF", "%00",
            "..%2F..%2F..%2Fetc%2Fpasswd", "../../etc/passwd", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            enc("\"><img src=x onerror=alert(1)>"), enc("javascript:alert(1)"), enc("${7*7}"), enc("{{7*7}}"), enc("#{7*7}"),
            enc("'; DROP TABLE companies; --"), enc("\u202Egnp.exe"), enc("zh,en,both,zh"), "-1", "9999999999999999999999");

    static final List<String> PARAMETERS = List.of("lang", "section", "faq", "info", "q", "layers", "sort", "node", "find", "v-r", "location");

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static List<String> urls() {
        Set<String> urls = new LinkedHashSet<>();
        for (String parameter : PARAMETERS) {
            for (String payload : PAYLOADS) urls.add("/?" + parameter + "=" + payload);
        }
        for (String api : List.of("/api/companies", "/api/companies.csv", "/api/search", "/preview.png")) {
            for (String payload : PAYLOADS) urls.add(api + "?q=" + payload + "&layers=" + payload + "&sort=" + payload + "&lang=" + payload);
        }
        for (String path : List.of("/no-such-page", "/api", "/api/", "/api/report/x", "/VAADIN/", "/VAADIN/../../etc/passwd",
                "/frontend/", "/.git/config", "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF", "/%2e%2e/%2e%2e/etc/passwd",
                "/..;/..;/etc/passwd", "/index.html", "/favicon.ico", "/actuator", "/actuator/env", "/actuator/heapdump",
                "/" + "a/".repeat(200), "/%ZZ", "/%00", "/icons/icon.svg", "/robots.txt", "/sw.js", "/manifest.webmanifest")) {
            urls.add(path);
        }
        return new ArrayList<>(urls);
    }

    @Test
    void everyGeneratedUrlAnswersCleanly() throws Exception {
        List<String> urls = urls();
        assertThat(urls).hasSizeGreaterThanOrEqualTo(200);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int raw = 0;
        for (String url : urls) {
            int status;
            String body;
            String contentType;
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + url)).GET().build();
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                body = response.body();
                contentType = response.headers().firstValue("Content-Type").orElse("");
            } catch (IllegalArgumentException notAUri) {
                // Java's client refuses to send it (bad percent-escapes); a browser or a script would: send it raw.
                RawHttp.Response response = RawHttp.get(port, url, "localhost:" + port,
                        "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
                status = response.status();
                contentType = response.contentType();
                body = response.body();
                raw++;
            }
            sent++;
            if (!Set.of(200, 400, 404).contains(status)) failures.add(status + " " + url);
            if (body.contains("Exception") || body.contains("\tat ") || body.contains("Whitelabel") || body.contains("root:x:0:0")) {
                failures.add("leak " + url);
            }
            // An HTML response must never carry the payload as markup (JSON echoes it as a string, served with nosniff).
            boolean html = contentType.startsWith("text/html");
            if (html && (body.contains("<script>alert") || body.contains("<img src=x"))) failures.add("markup " + url);
        }
        System.out.println("UrlFuzzIT: " + sent + " URLs sent (" + raw + " of them raw), " + failures.size() + " failures");
        assertThat(raw).as("the malformed escapes reach the server too").isGreaterThanOrEqualTo(40);
        assertThat(sent).isGreaterThanOrEqualTo(200);
        assertThat(failures).isEmpty();
    }

    @Test
    void noPayloadRunsInABrowser() {
        List<String> dialogs = new ArrayList<>();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        for (String parameter : List.of("lang", "q", "faq", "node", "sort", "info", "section", "layers", "find")) {
            for (String payload : List.of(enc("\"><img src=x onerror=alert(1)>"), "%3Cscript%3Ealert(2)%3C%2Fscript%3E",
                    enc("javascript:alert(3)"), enc("<svg/onload=alert(4)>"))) {
                // the first response, then the live page taking it over: neither runs the payload
                open("/?" + parameter + "=" + payload);
            }
        }
        // A broken escape costs only its own pair: the rest of the link still opens.
        page.navigate(url("/?lang=%ZZ&faq=rlhf&q=%&node=legal-ai"));
        page.waitForSelector("#faq-rlhf[open]");
        assertThat(page.url()).endsWith("/?faq=rlhf&node=legal-ai");
        page.waitForTimeout(500);
        assertThat(dialogs).isEmpty();
        assertThat(console).filteredOn(line -> line.startsWith("pageerror")).isEmpty();
    }
}
