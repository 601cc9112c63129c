package org.ailandscape.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's module scripts load after the first paint, not before it. The first response carries the
 * whole page and reads without script, so nothing the reader sees first needs them; fetched from the
 * {@code <head>}, though, they count against the first paint on a slow phone (Lighthouse's simulated
 * mobile FCP: 1,150–1,370 ms with them fetched from the head, 840–870 ms loaded after the first paint,
 * against the static reference page's 1,010–1,120 ms; docs/first-paint.md). So every
 * {@code <script type="module" src>} of the head (the bundle's entry, as the build writes it into
 * {@code frontend/index.html}) is replaced by one small inline script at the end of the body that
 * adds it back after the next frame (at once for a view that points at a part of the page, which it first
 * lands on; see {@link #LOADER}); {@code modulepreload} hints go, since the entry is no longer
 * fetched early. Interactions before the entry has run are remembered for it ({@code frontend/page.js}
 * reads {@code window.__firstInteraction}), so the first one still starts the live page.
 *
 * <p>This works on the shell as HTML: it selects module scripts by their type, not Vaadin's by name or
 * content. A source that is not a plain relative path (which the build never writes) is left as it was.
 */
final class ScriptAfterFirstPaint {

    private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z0-9._/-]+");
    static final String MARK = "data-after-first-paint";

    /**
     * The loader, with {@code %s} for the quoted sources. Its interactions are those that start the live page
     * ({@code FIRST_INTERACTION} in {@code frontend/page.js}).
     *
     * <p>A view that points at a part of the page without a fragment ({@code ?section=regions}: the server
     * names it in {@code #main[data-scroll-target]}) lands there before the first paint, so that the reader
     * never sees the page's top first: below the sticky bar, as measured here (it wraps on a phone). The
     * entry then loads at once, not after the paint, since {@code page.js} holds the target in place while
     * the sections around it settle their size ({@code keepInPlace}).
     */
    private static final String LOADER = """
            (function () {
              var seen = function (event) { window.__firstInteraction = window.__firstInteraction || event.type; };
              ['pointerdown', 'keydown', 'input'].forEach(function (type) {
                document.addEventListener(type, seen, { capture: true, passive: true, once: true });
              });
              var load = function () {
                [%s].forEach(function (src) {
                  var script = document.createElement('script');
                  script.type = 'module'; script.crossOrigin = ''; script.src = src;
                  document.head.appendChild(script);
                });
              };
              var main = document.getElementById('main');
              var target = main && !location.hash && main.dataset.scrollTarget ? document.getElementById(main.dataset.scrollTarget) : null;
              if (!target) { requestAnimationFrame(function () { setTimeout(load, 0); }); return; }
              var bar = document.querySelector('.header-bar');
              if (bar) document.documentElement.style.scrollPaddingTop = Math.ceil(bar.getBoundingClientRect().height) + 12 + 'px';
              target.scrollIntoView({ block: 'start' });
              load();
            })();""";

    private ScriptAfterFirstPaint() {}

    static void apply(Document document) {
        List<String> sources = new ArrayList<>();
        for (Element script : document.head().select("script[type=module][src]")) {
            String src = script.attr("src");
            if (!PLAIN_PATH.matcher(src).matches()) continue;
            sources.add("'" + src + "'");
            script.remove();
        }
        if (sources.isEmpty()) return;
        document.head().select("link[rel=modulepreload]").remove();
        document.body().appendElement("script").attr(MARK, "").appendChild(new DataNode(LOADER.formatted(String.join(",", sources))));
    }
}
