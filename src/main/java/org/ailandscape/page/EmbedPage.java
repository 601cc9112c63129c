package org.ailandscape.page;

import java.util.List;
import java.util.Optional;
import org.ailandscape.link.PageState;
import org.ailandscape.report.Section;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page another site frames: one chart or one section of the report, drawn by the same renderer as
 * the report page, with the report's name, the dataset version and a link to the full view. It holds
 * no live page (no Vaadin UI, no session, no cookie): its links open the full report in a new tab.
 * The page's script ({@code page.js}) tells the page that frames it how tall it is.
 *
 * @param stylesheets the page bundle's stylesheets, and {@code scripts} its module scripts (hashed names, from its index.html)
 */
public record EmbedPage(List<String> stylesheets, List<String> scripts) {

    /** A chart (the Sankey or a figure chart), or empty if the report has no such chart. */
    public Optional<String> chart(String chartId, PageView view, String base, String theme) {
        return ChartFigures.figure(chartId, view)
                .map(figure -> document(titleOf(figure, ".chart-title", chartId), figure, view, view.state().languageOnly(), "chart-" + chartId, base, theme));
    }

    /** A section in the view's state (language, open answers, filters, sort, selection). */
    public String section(Section section, PageView view, PageRenderer renderer, String base, String theme) {
        Element rendered = renderer.element(PagePart.of(section), view);
        return document(titleOf(rendered, "h2", section.id()), rendered, view, view.state().forLinks().withSection(section), section.id(), base, theme);
    }

    private static String titleOf(Element piece, String selector, String fallback) {
        Element heading = piece.selectFirst(selector);
        return heading == null ? fallback : heading.text();
    }

    private String document(String title, Element piece, PageView view, PageState full, String anchor, String base, String theme) {
        Reading reading = view.reading();
        String reportTitle = reading.lead(view.report().info().title());
        String fullView = base + "/" + (full.toQueryString().isEmpty() ? "" : "?" + full.toQueryString()) + "#" + anchor;
        Document document = Document.createShell(base + "/");
        document.outputSettings().prettyPrint(false);
        document.prependChild(new org.jsoup.nodes.DocumentType("html", "", ""));
        Element html = document.selectFirst("html").attr("lang", reading.lead().htmlLang()).attr("data-embed", "");
        if (theme.equals("dark") || theme.equals("light")) html.attr("data-theme", theme);
        Element head = document.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title + " · " + reportTitle);
        // Relative addresses (charts' data, the bundle) resolve against the site; links open the full report in a new tab.
        head.appendElement("base").attr("href", base + "/").attr("target", "_blank");
        head.appendElement("link").attr("rel", "canonical").attr("href", fullView);
        head.appendElement("meta").attr("name", "robots").attr("content", "noindex");
        head.appendElement("script").appendChild(new org.jsoup.nodes.DataNode("document.documentElement.dataset.js = '';"));
        stylesheets.forEach(href -> head.appendElement("link").attr("rel", "stylesheet").attr("href", href));
        scripts.forEach(src -> head.appendElement("script").attr("type", "module").attr("src", src));

        Element body = document.body().addClass("embed-body");
        Element frame = body.appendElement("div").addClass("embed").attr("id", "embed");
        Element header = frame.appendElement("header").addClass("embed-header");
        header.appendChild(Fragments.el("a", "embed-report").attr("href", fullView).text(reportTitle));
        Element main = frame.appendElement("main").addClass("embed-main").attr("id", "embed-main");
        main.appendChild(piece);
        Element footer = frame.appendElement("footer").addClass("embed-footer");
        footer.appendChild(Fragments.chrome("span", reading.t("footer.version", view.snapshot().dataset().id()), reading));
        footer.appendText(" · ");
        footer.appendChild(Fragments.chrome("a", reading.t("embed.full"), reading, "embed-full").attr("href", fullView));
        return document.outerHtml();
    }
}
