package org.ailandscape.page;

import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Optional;
import org.ailandscape.link.PageState;
import org.ailandscape.reading.PageView;
import org.ailandscape.reading.Reading;
import org.ailandscape.report.Section;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;

/**
 * The page another site frames: one chart or one section of the report, built by the same components as
 * the report page, with the report's name, the dataset version and a link to the full view. It holds no
 * live page (no Vaadin UI, no session, no cookie): its links open the full report in a new tab. The
 * page's script ({@code page.js}) tells the page that frames it how tall it is.
 *
 * @param stylesheet the page's stylesheet (written into the page), and {@code scripts} the bundle's module scripts
 */
public record EmbedPage(String stylesheet, List<String> scripts) {

    /** A chart (the Sankey or a figure chart), or empty if the report has no such chart. */
    public Optional<String> chart(String chartId, PageView view, String base, String theme) {
        return ChartFigure.alone(chartId, view).map(figure -> document(titleOf(figure, chartId), figure, view, view.state().languageOnly(),
                "chart-" + chartId, base, theme));
    }

    /** A section in the view's state (language, open answers, filters, sort, selection). */
    public String section(Section section, PageView view, String base, String theme) {
        Element element = ReportPage.section(section, view).getElement();
        String title = view.reading().t("section." + section.id());
        return document(title, element, view, view.state().forLinks().withSection(section), section.id(), base, theme);
    }

    private static String titleOf(Element figure, String fallback) {
        return figure.getChildren().filter(child -> child.getClassList().contains("chart-title")).findFirst().map(Element::getText).orElse(fallback);
    }

    private String document(String title, Element piece, PageView view, PageState full, String anchor, String base, String theme) {
        Reading reading = view.reading();
        String reportTitle = reading.lead(view.report().info().title());
        String fullView = base + "/" + (full.toQueryString().isEmpty() ? "" : "?" + full.toQueryString()) + "#" + anchor;
        Document document = Document.createShell(base + "/");
        document.outputSettings().prettyPrint(false);
        document.prependChild(new DocumentType("html", "", ""));
        org.jsoup.nodes.Element html = document.selectFirst("html").attr("lang", reading.lead().htmlLang()).attr("data-embed", "");
        if (theme.equals("dark") || theme.equals("light")) html.attr("data-theme", theme);
        org.jsoup.nodes.Element head = document.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title + " · " + reportTitle);
        // Relative addresses (charts' data, the bundle) resolve against the site; links open the full report in a new tab.
        head.appendElement("base").attr("href", base + "/").attr("target", "_blank");
        head.appendElement("link").attr("rel", "canonical").attr("href", fullView);
        org.ailandscape.share.OEmbed.link(document, fullView, base);
        head.appendElement("meta").attr("name", "robots").attr("content", "noindex");
        head.appendElement("script").appendChild(new DataNode("document.documentElement.dataset.js = '';"));
        head.appendElement("style").appendChild(new DataNode(stylesheet));
        scripts.forEach(src -> head.appendElement("script").attr("type", "module").attr("src", src));

        Element frame = Markup.el("div", "embed").setAttribute("id", "embed");
        frame.appendChild(Markup.el("header", "embed-header").appendChild(Markup.link(fullView, reportTitle, "embed-report")));
        frame.appendChild(Markup.el("main", "embed-main").setAttribute("id", "embed-main").appendChild(piece));
        frame.appendChild(Markup.el("footer", "embed-footer").appendChild(Markup.text("span", reading.t("footer.version", view.snapshot().dataset().id())),
                Markup.plain(" · "), Markup.link(fullView, reading.t("embed.full"), "embed-full")));
        document.body().addClass("embed-body").append(Rendered.outerHtml(frame));
        return document.outerHtml();
    }
}
