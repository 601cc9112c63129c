package org.ailandscape.share;

import org.ailandscape.link.PageState;
import org.ailandscape.report.DatasetVersion;
import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Report;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes into the first HTML response of every link what crawlers and link previews read:
 * {@code <html lang>}, a title and a description specific to the view, Open Graph and Twitter card
 * tags with a preview image of that view, the canonical URL and the language alternates. Values go
 * in through jsoup, escaped.
 */
public final class LinkPreviewTags {

    private LinkPreviewTags() {}

    /** {@code base} is scheme://host[:port][context] of the request, without a trailing slash. */
    public static void write(Document document, Report report, DatasetVersion version, PageState state, Language browser,
            LinkPreview.Chrome chrome, String base) {
        LinkPreview preview = LinkPreview.of(report, state, browser, chrome);
        String query = state.toQueryString();
        String canonical = base + "/" + (query.isEmpty() ? "" : "?" + query);
        String image = base + "/preview.png" + (query.isEmpty() ? "" : "?" + query);

        document.selectFirst("html").attr("lang", preview.language().htmlLang());
        document.title(preview.title());
        Element head = document.head();
        meta(head, "name", "description", preview.description());
        head.appendElement("link").attr("rel", "canonical").attr("href", canonical);
        for (var mode : org.ailandscape.link.ReadingMode.values()) {
            if (mode == org.ailandscape.link.ReadingMode.BOTH) continue;
            String alternate = state.withLang(mode).toQueryString();
            head.appendElement("link").attr("rel", "alternate").attr("hreflang", mode.lead(browser).htmlLang())
                    .attr("href", base + "/?" + alternate);
        }
        meta(head, "property", "og:type", "article");
        meta(head, "property", "og:site_name", report.info().title().in(preview.language()));
        meta(head, "property", "og:title", preview.title());
        meta(head, "property", "og:description", preview.description());
        meta(head, "property", "og:url", canonical);
        meta(head, "property", "og:image", image);
        meta(head, "property", "og:image:width", "1200");
        meta(head, "property", "og:image:height", "630");
        meta(head, "property", "og:locale", preview.language() == Language.ZH ? "zh_CN" : "en_US");
        meta(head, "name", "twitter:card", "summary_large_image");
        meta(head, "name", "twitter:title", preview.title());
        meta(head, "name", "twitter:description", preview.description());
        meta(head, "name", "twitter:image", image);
        // Highwire Press tags, which reference managers (Zotero, Mendeley) read to cite the page.
        meta(head, "name", "citation_title", preview.title());
        meta(head, "name", "citation_publication_date", report.info().edition());
        meta(head, "name", "citation_online_date", version.changed().toString().replace('-', '/'));
        meta(head, "name", "citation_public_url", canonical);
        meta(head, "name", "citation_language", preview.language().htmlLang());
        meta(head, "name", "citation_technical_report_number", version.id());
    }

    private static void meta(Element head, String attribute, String name, String content) {
        head.select("meta[" + attribute + "=" + name + "]").remove();
        head.appendElement("meta").attr(attribute, name).attr("content", content);
    }
}
