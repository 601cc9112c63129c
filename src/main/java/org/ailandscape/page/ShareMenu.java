package org.ailandscape.page;

import org.ailandscape.link.PageState;
import org.ailandscape.report.Section;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * "Share" on a chart or a section, and "Cite" for the whole report: a native disclosure with the embed
 * snippet and the citations. Everything in it works without script (plain links to the embed page and
 * to each citation format); with script, the page writes the snippet with this site's address and
 * fetches the citations (their access date is today's, so they are not part of the cached page).
 */
final class ShareMenu {

    /** The embed frame's height before the host's few lines of script fit it to its content (CSS pixels). */
    private static final int FRAME_HEIGHT = 480;

    private ShareMenu() {}

    /** Share a chart: its downloads (SVG, CSV), an embed, a citation. */
    static Element forChart(String chartId, String canvasId, String title, PageView view) {
        Reading reading = view.reading();
        Element menu = menu("share-chart-" + chartId, reading.t("share.open"), reading.t("share.chartLabel", title), reading);
        Element panel = menu.selectFirst(".share-panel");
        Element downloads = Fragments.el("p", "share-downloads");
        downloads.appendChild(Fragments.chrome("span", reading.t("share.download") + " ", reading, "share-label"));
        downloads.appendChild(Fragments.chrome("button", "SVG", reading, "chart-svg").attr("type", "button").attr("id", "chart-" + chartId + "-svg")
                .attr("data-svg", canvasId).attr("data-file", chartId + ".svg").attr("aria-label", reading.t("share.svgLabel", title)));
        downloads.appendChild(Fragments.chrome("a", "CSV", reading, "chart-csv").attr("id", "chart-" + chartId + "-csv")
                .attr("href", "api/charts/" + chartId + ".csv?lang=" + reading.lead().key()).attr("download", "")
                .attr("aria-label", reading.t("share.csvLabel", title)));
        panel.appendChild(downloads);
        panel.appendChild(embed("embed/chart/" + chartId + "?lang=" + reading.mode().key(), title, reading, "chart-" + chartId));
        panel.appendChild(cite(view.state().languageOnly(), chartId, reading, "chart-" + chartId));
        return menu;
    }

    /** Share a section: an embed of it in the view's state, a citation. */
    static Element forSection(Section section, String heading, PageView view) {
        Reading reading = view.reading();
        Element menu = menu("share-section-" + section.id(), reading.t("share.open"), reading.t("share.sectionLabel", heading), reading);
        Element panel = menu.selectFirst(".share-panel");
        // Only what this section's part shows of the link (its rendering is shared by every link that shows the same).
        PageState shown = PagePart.of(section).shows(view.state()).forLinks();
        String query = shown.toQueryString();
        panel.appendChild(embed("embed/section/" + section.id() + (query.isEmpty() ? "" : "?" + query), heading, reading, "section-" + section.id()));
        panel.appendChild(cite(shown.withSection(section), null, reading, "section-" + section.id()));
        return menu;
    }

    /** Cite a headline figure or KPI (in its explanation). */
    static Element forFigure(String metricId, String label, PageView view) {
        Reading reading = view.reading();
        Element menu = menu("cite-metric-" + metricId, reading.t("share.cite"), reading.t("cite.figureLabel", label), reading);
        menu.selectFirst(".share-panel").appendChild(cite(view.state().languageOnly(), metricId, reading, "metric-" + metricId));
        return menu;
    }

    /** Cite the whole report (the footer's). */
    static Element forReport(PageView view) {
        Reading reading = view.reading();
        Element menu = menu("cite-report", reading.t("cite.report"), reading.t("cite.report"), reading);
        menu.selectFirst(".share-panel").appendChild(cite(view.state().languageOnly(), null, reading, "report"));
        return menu;
    }

    private static Element menu(String id, String label, String accessibleName, Reading reading) {
        Element menu = Fragments.el("details", "share-menu").attr("id", id);
        menu.appendChild(Fragments.chrome("summary", label, reading, "share-button").attr("aria-label", accessibleName));
        return menu.appendChild(Fragments.el("div", "share-panel"));
    }

    /**
     * The embed: the snippet, and a link to the embed page itself. The snippet's address is relative until
     * the page's script writes this site's in, with the few lines of script that fit the frame to its content.
     */
    private static Element embed(String src, String title, Reading reading, String id) {
        Element block = Fragments.el("div", "share-block");
        block.appendChild(Fragments.chrome("p", reading.t("share.embed"), reading, "share-label"));
        String snippet = "<iframe src=\"" + attr(src) + "\" title=\"" + attr(title) + "\" width=\"100%\" height=\"" + FRAME_HEIGHT + "\" loading=\"lazy\""
                + " style=\"border:0;width:100%\" data-ai-landscape-embed></iframe>";
        block.appendChild(Fragments.el("textarea", "share-code").attr("id", "embed-code-" + id).attr("readonly", true).attr("rows", "4")
                .attr("spellcheck", "false").attr("data-embed", src)
                .attr("aria-label", reading.t("share.embedLabel", title)).text(snippet));
        Element actions = Fragments.el("p", "share-actions");
        actions.appendChild(Fragments.chrome("button", reading.t("share.copy"), reading, "share-copy").attr("type", "button")
                .attr("data-copy-from", "embed-code-" + id).attr("data-copied", reading.t("share.copied")));
        actions.appendChild(Fragments.chrome("a", reading.t("share.preview"), reading, "share-preview").attr("href", src)
                .attr("target", "_blank").attr("rel", "noopener"));
        block.appendChild(actions);
        block.appendChild(Fragments.chrome("p", reading.t("share.embedHelp"), reading, "share-help"));
        return block;
    }

    /** The citation formats: links that answer each as text; the script shows them in place with a copy button each. */
    private static Element cite(PageState state, @Nullable String item, Reading reading, String id) {
        String query = state.toQueryString() + (item == null ? "" : (state.toQueryString().isEmpty() ? "" : "&") + "item=" + item);
        String base = "api/cite" + (query.isEmpty() ? "?" : "?" + query + "&");
        Element block = Fragments.el("div", "share-block");
        block.appendChild(Fragments.chrome("p", reading.t("share.cite"), reading, "share-label"));
        Element list = Fragments.el("ul", "cite-list").attr("id", "cite-" + id).attr("data-cite", base.substring(0, base.length() - 1))
                .attr("data-copy-label", reading.t("share.copy")).attr("data-copied", reading.t("share.copied"));
        for (String[] format : new String[][] {{"apa", "APA 7"}, {"bibtex", "BibTeX"}, {"gbt7714", "GB/T 7714"}, {"plain", reading.t("cite.plain")}}) {
            list.appendChild(Fragments.el("li").attr("data-format", format[0]).appendChild(Fragments.el("a", "cite-format")
                    .attr("href", base + "format=" + format[0]).attr("target", "_blank").attr("rel", "noopener nofollow").text(format[1])));
        }
        return block.appendChild(list);
    }

    private static String attr(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
