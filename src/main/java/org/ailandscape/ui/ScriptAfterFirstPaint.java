package org.ailandscape.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.json.JsonMapper;

/**
 * The page's module scripts load after the first paint, not before it. The first response carries the
 * whole page and reads without script, so nothing the reader sees first needs them; fetched from the
 * {@code <head>}, though, they count against the first paint on a slow phone (Lighthouse's simulated
 * mobile FCP: 1,150–1,370 ms with them fetched from the head, 840–870 ms loaded after the first paint,
 * against the static reference page's 1,010–1,120 ms; docs/first-paint.md). So every
 * {@code <script type="module" src>} of the head (the bundle's entry, as the build writes it into
 * {@code frontend/index.html}) is replaced by one small inline script at the end of the body,
 * {@code frontend/inline/after-first-paint.js}, which adds it back after the next frame (at once for a
 * view that points at a part of the page, which it first lands on); {@code modulepreload} hints go,
 * since the entry is no longer fetched early. Interactions before the entry has run are remembered for
 * it ({@code frontend/page.js} reads {@code window.__firstInteraction}), so the first one still starts
 * the live page.
 *
 * <p>This works on the shell as HTML: it selects module scripts by their type, not Vaadin's by name or
 * content. A source that is not a plain relative path (which the build never writes) is left as it was.
 * The sources reach the script as data (a JSON list in its {@code data-sources}), never as script text.
 */
final class ScriptAfterFirstPaint {

    private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z0-9._/-]+");
    static final String MARK = "data-after-first-paint";
    static final String RESOURCE = "inline/after-first-paint.js";
    private static final String LOADER = read();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScriptAfterFirstPaint() {}

    static void apply(Document document) {
        List<String> sources = new ArrayList<>();
        for (Element script : document.head().select("script[type=module][src]")) {
            String src = script.attr("src");
            if (!PLAIN_PATH.matcher(src).matches()) continue;
            sources.add(src);
            script.remove();
        }
        if (sources.isEmpty()) return;
        document.head().select("link[rel=modulepreload]").remove();
        document.body().appendElement("script").attr(MARK, "").attr("data-sources", JSON.writeValueAsString(sources))
                .appendChild(new DataNode(LOADER));
    }

    /** The loader as it goes into the page: without its comment lines (the browser ignores them anyway). */
    private static String read() {
        try (InputStream in = ScriptAfterFirstPaint.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the first paint's loader is missing from the classpath: " + RESOURCE);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.strip().startsWith("//") && !line.isBlank())
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
