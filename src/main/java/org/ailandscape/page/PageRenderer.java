package org.ailandscape.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ailandscape.link.LinkTarget;
import org.ailandscape.link.PageState;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Renders the page: the same HTML for the first response of a link and for the live page when the
 * reader changes the view. Rendered parts are kept in a small cache shared by all readers, keyed by
 * what they show, so the many readers of the same few views cost one rendering each.
 */
@Component
public class PageRenderer {

    static final int CACHED_PARTS = 256;

    private final Map<String, String> cache = new LinkedHashMap<>(CACHED_PARTS * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHED_PARTS;
        }
    };

    /** The HTML of one part of the page (the element itself, with its id). */
    public String html(PagePart part, PageView view) {
        String key = view.snapshot().version() + "|" + view.reading().key() + "|" + part + "|" + part.shows(view.state()).toQueryString();
        synchronized (cache) {
            String cached = cache.get(key);
            if (cached != null) return cached;
        }
        String html = serialise(element(part, view));
        synchronized (cache) {
            cache.put(key, html);
        }
        return html;
    }

    /**
     * One part of the page as an element, rendered from what the part shows of the link and nothing
     * else, so that a cached rendering is the same whichever link rendered it first.
     */
    public Element element(PagePart part, PageView view) {
        return part.render(view.with(part.shows(view.state())));
    }

    /**
     * The whole page: the header, the sections in {@code <main>}, the footer, and the empty places for
     * the notice of a corrected report and for confirmations. {@code <main>} carries the dataset version
     * and the element the link points at, for the page's script.
     */
    public String body(PageView view) {
        StringBuilder html = new StringBuilder(html(PagePart.HEADER, view));
        Element main = Fragments.el("main", "page-main").attr("id", "main").attr("data-version", view.snapshot().version());
        LinkTarget.of(view.state(), view.report()).ifPresent(target -> main.attr("data-scroll-target", elementId(target)));
        String open = serialise(main);
        html.append(open, 0, open.indexOf("</main>"));
        for (PagePart part : PagePart.values()) {
            if (part.section().isPresent()) html.append(html(part, view));
        }
        html.append("</main>").append(html(PagePart.FOOTER, view));
        html.append(serialise(notice(view, false)));
        html.append(serialise(Fragments.el("div", "toast").attr("id", "toast").attr("role", "status").attr("aria-live", "polite")));
        return html.toString();
    }

    /**
     * The notice that the report was corrected after this page was opened, with a link that reloads the
     * same view; empty (but present, so screen readers announce it) while there is nothing to say.
     */
    public Element notice(PageView view, boolean corrected) {
        Reading reading = view.reading();
        Element notice = Fragments.el("div", "report-notice").attr("id", "report-notice").attr("role", "status").attr("aria-live", "polite")
                .attr("lang", reading.lead().htmlLang());
        if (!corrected) return notice;
        Element text = Fragments.chrome("p", reading.t("notice.corrected") + " · ", reading);
        // A real reload (data-reload): the page then comes from the corrected report.
        text.appendChild(Fragments.chrome("a", reading.t("notice.reload"), reading, "notice-reload").attr("href", view.state().href())
                .attr("data-reload", ""));
        return notice.appendChild(text);
    }

    /** The id of the element a link points at. */
    public static String elementId(LinkTarget target) {
        return switch (target) {
            case LinkTarget.Explanation e -> e.metricId().equals(LinkTarget.PHASE) ? "phase" : "metric-" + e.metricId();
            case LinkTarget.Answer a -> "faq-" + a.faqId();
            case LinkTarget.Node n -> (n.tier() ? "tier-" : "segment-") + n.id();
            case LinkTarget.Part p -> p.section().id();
        };
    }

    /** Parts that show something different in the other state. */
    public static List<PagePart> changed(PageState before, PageState after) {
        return java.util.Arrays.stream(PagePart.values()).filter(p -> !p.shows(before).equals(p.shows(after))).toList();
    }

    static String serialise(Element element) {
        Document shell = Document.createShell("");
        shell.outputSettings().prettyPrint(false);
        shell.body().appendChild(element);
        return element.outerHtml();
    }
}
