package org.ailandscape.share;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.ailandscape.link.PageState;
import org.ailandscape.report.Section;
import org.jsoup.nodes.Document;

/**
 * oEmbed (https://oembed.com), so that a CMS embeds a chart or a section from a pasted link: each page
 * and embed names its oEmbed address in a {@code <link rel="alternate" type="application/json+oembed">},
 * and {@link #target} finds the embed a link of this site stands for.
 */
public final class OEmbed {

    /** What a link embeds: a chart or a section, at this embed address (relative to the site). */
    public record Target(String embedPath, String kind, String id, PageState state) {}

    private OEmbed() {}

    /** The oEmbed address of a link (JSON). */
    public static String href(String base, String url) {
        return base + "/oembed?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8) + "&format=json";
    }

    /** Writes the discovery link into a document's head. */
    public static void link(Document document, String url, String base) {
        document.head().appendElement("link").attr("rel", "alternate").attr("type", "application/json+oembed").attr("href", href(base, url));
    }

    /**
     * The embed a link of this site stands for: an embed's own address; the page with a chart as its
     * fragment ({@code #chart-…}); the page at a section ({@code ?section=…} or {@code #kpis}); else
     * the overview. Empty for a link elsewhere or one that is not a link at all.
     */
    public static Optional<Target> target(String url, String base) {
        URI link;
        URI site;
        try {
            link = new URI(url.strip());
            site = new URI(base);
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
        if (link.getHost() == null || !link.getHost().equalsIgnoreCase(site.getHost()) || port(link) != port(site)) return Optional.empty();
        String sitePath = site.getRawPath() == null ? "" : site.getRawPath();
        String path = link.getRawPath() == null ? "/" : link.getRawPath();
        if (!path.startsWith(sitePath)) return Optional.empty();
        path = path.substring(sitePath.length());
        PageState state = PageState.parse(link.getRawQuery() == null ? "" : link.getRawQuery());
        String fragment = link.getFragment() == null ? "" : link.getFragment();
        if (path.startsWith("/embed/chart/")) return chart(path.substring("/embed/chart/".length()), state);
        if (path.startsWith("/embed/section/")) return Section.byId(path.substring("/embed/section/".length())).map(s -> section(s, state));
        if (!path.isEmpty() && !path.equals("/")) return Optional.empty();
        if (fragment.startsWith("chart-") && !fragment.endsWith("-svg") && !fragment.endsWith("-csv") && !fragment.endsWith("-png")) {
            return chart(fragment.substring("chart-".length()), state);
        }
        Section section = state.section() != null ? state.section() : Section.byId(fragment).orElse(Section.OVERVIEW);
        return Optional.of(section(section, state));
    }

    private static Optional<Target> chart(String id, PageState state) {
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) return Optional.empty();
        PageState kept = PageState.EMPTY.withLang(state.lang()).withVersion(state.version());
        return Optional.of(new Target("embed/chart/" + id + query(kept), "chart", id, kept));
    }

    private static Target section(Section section, PageState state) {
        PageState kept = state.forLinks().withSection(null);
        return new Target("embed/section/" + section.id() + query(kept), "section", section.id(), kept);
    }

    private static String query(PageState state) {
        String query = state.toQueryString();
        return query.isEmpty() ? "" : "?" + query;
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) return uri.getPort();
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
