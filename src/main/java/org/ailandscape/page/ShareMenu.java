package org.ailandscape.page;

import com.vaadin.flow.dom.Element;
import org.ailandscape.link.PageState;
import org.ailandscape.reading.PageView;
import org.ailandscape.reading.Reading;
import org.ailandscape.report.Section;
import org.jspecify.annotations.Nullable;

/**
 * "Share" on a chart or a section, and "Cite" for a figure or the whole report: a native disclosure with
 * the downloads, the embed snippet and the citations. Everything in it works without script (plain links
 * to the embed page and to each citation format); with script, the page's own script ({@code page.js})
 * writes the snippet with this site's address and fetches the citations (their access date is today's,
 * so they are not part of the page).
 */
final class ShareMenu {

    /** The embed frame's height before the host's few lines of script fit it to its content (CSS pixels). */
    private static final int FRAME_HEIGHT = org.ailandscape.share.EmbedSnippet.FRAME_HEIGHT;

    private ShareMenu() {}

    /** Share a chart: its downloads (SVG, CSV), an embed, a citation. */
    static Element forChart(String chartId, String canvasId, String title, PageView view) {
        Reading reading = view.reading();
        Element menu = menu("share-chart-" + chartId, reading.t("share.open"), reading.t("share.chartLabel", title));
        Element panel = menu.getChild(1);
        Element downloads = Markup.el("p", "share-downloads");
        downloads.appendChild(Markup.text("span", reading.t("share.download") + " ", "share-label"));
        downloads.appendChild(Markup.text("button", "SVG", "chart-svg").setAttribute("type", "button").setAttribute("id", "chart-" + chartId + "-svg")
                .setAttribute("data-svg", canvasId).setAttribute("data-file", chartId + ".svg").setAttribute("aria-label", reading.t("share.svgLabel", title)));
        String version = view.state().version() == null ? "" : "&version=" + view.state().version();
        downloads.appendChild(Markup.link("api/charts/" + chartId + ".csv?lang=" + reading.lead().key() + version, "CSV", "chart-csv")
                .setAttribute("id", "chart-" + chartId + "-csv").setAttribute("download", "").setAttribute("aria-label", reading.t("share.csvLabel", title)));
        panel.appendChild(downloads);
        panel.appendChild(embed("embed/chart/" + chartId + "?lang=" + reading.mode().key() + version, title, reading, "chart-" + chartId));
        panel.appendChild(cite(view.state().languageOnly(), chartId, reading, "chart-" + chartId));
        return menu;
    }

    /** Share a section: an embed of it in what it shows of the view ({@code shown}), a citation. */
    static Element forSection(Section section, String heading, PageState shown, Reading reading) {
        Element menu = menu("share-section-" + section.id(), reading.t("share.open"), reading.t("share.sectionLabel", heading));
        Element panel = menu.getChild(1);
        String query = shown.toQueryString();
        panel.appendChild(embed("embed/section/" + section.id() + (query.isEmpty() ? "" : "?" + query), heading, reading, "section-" + section.id()));
        panel.appendChild(cite(shown.withSection(section), null, reading, "section-" + section.id()));
        return menu;
    }

    /** Cite a headline figure or KPI (in its explanation). */
    static Element forFigure(String metricId, String label, PageState state, Reading reading) {
        Element menu = menu("cite-metric-" + metricId, reading.t("share.cite"), reading.t("cite.figureLabel", label));
        menu.getChild(1).appendChild(cite(state.languageOnly(), metricId, reading, "metric-" + metricId));
        return menu;
    }

    /** Cite the whole report (the footer's), with the permalink of the version shown. */
    static Element forReport(PageView view) {
        Reading reading = view.reading();
        Element menu = menu("cite-report", reading.t("cite.report"), reading.t("cite.report"));
        menu.getChild(1).appendChild(permalink(view));
        menu.getChild(1).appendChild(cite(view.state().languageOnly(), null, reading, "report"));
        return menu;
    }

    /**
     * The permanent link of the view: the same view of this version, whatever is published later. A link
     * relative to the page (the page's script copies it with this site's address, as it does the others).
     */
    static Element permalink(PageView view) {
        Reading reading = view.reading();
        Element block = Markup.el("div", "share-block");
        String href = view.state().forLinks().withSection(view.state().section()).withVersion(view.snapshot().version()).href();
        Element actions = Markup.el("p", "share-actions");
        actions.appendChild(Markup.link(href, reading.t("share.permalink"), "copy-link", "permalink").setAttribute("id", "permalink")
                .setAttribute("data-copy", reading.t("link.copied")).setAttribute("router-ignore", true));
        block.appendChild(actions);
        block.appendChild(Markup.text("p", reading.t("share.permalinkHelp", view.snapshot().dataset().id()), "share-help"));
        return block;
    }

    private static Element menu(String id, String label, String accessibleName) {
        Element menu = Markup.el("details", "share-menu").setAttribute("id", id);
        menu.appendChild(Markup.text("summary", label, "share-button").setAttribute("aria-label", accessibleName));
        return menu.appendChild(Markup.el("div", "share-panel"));
    }

    /**
     * The embed: the snippet, and a link to the embed page itself. The snippet's address is relative until
     * the page's script writes this site's in, with the few lines of script that fit the frame to its content.
     */
    private static Element embed(String src, String title, Reading reading, String id) {
        Element block = Markup.el("div", "share-block");
        block.appendChild(Markup.text("p", reading.t("share.embed"), "share-label"));
        String snippet = org.ailandscape.share.EmbedSnippet.iframe(src, title, "100%", FRAME_HEIGHT, "border:0;width:100%");
        // The snippet is text in a text area (escaped as such), for the reader to copy.
        block.appendChild(Markup.text("textarea", snippet, "share-code").setAttribute("id", "embed-code-" + id).setAttribute("readonly", true)
                .setAttribute("rows", "4").setAttribute("spellcheck", "false").setAttribute("data-embed", src)
                .setAttribute("aria-label", reading.t("share.embedLabel", title)));
        Element actions = Markup.el("p", "share-actions");
        actions.appendChild(Markup.text("button", reading.t("share.copy"), "share-copy").setAttribute("type", "button")
                .setAttribute("data-copy-from", "embed-code-" + id).setAttribute("data-copied", reading.t("share.copied")));
        actions.appendChild(Markup.link(src, reading.t("share.preview"), "share-preview").setAttribute("target", "_blank").setAttribute("rel", "noopener"));
        block.appendChild(actions);
        block.appendChild(Markup.text("p", reading.t("share.embedHelp", FRAME_HEIGHT), "share-help"));
        return block;
    }

    /** The citation formats: links that answer each as text; the script shows them in place with a copy button each. */
    private static Element cite(PageState state, @Nullable String item, Reading reading, String id) {
        String query = state.toQueryString() + (item == null ? "" : (state.toQueryString().isEmpty() ? "" : "&") + "item=" + item);
        String base = "api/cite" + (query.isEmpty() ? "?" : "?" + query + "&");
        Element block = Markup.el("div", "share-block");
        block.appendChild(Markup.text("p", reading.t("share.cite"), "share-label"));
        Element list = Markup.el("ul", "cite-list").setAttribute("id", "cite-" + id).setAttribute("data-cite", base.substring(0, base.length() - 1))
                .setAttribute("data-copy-label", reading.t("share.copy")).setAttribute("data-copied", reading.t("share.copied"));
        for (String[] format : new String[][] {{"apa", "APA 7"}, {"bibtex", "BibTeX"}, {"gbt7714", "GB/T 7714"}, {"plain", reading.t("cite.plain")}}) {
            list.appendChild(Markup.el("li").setAttribute("data-format", format[0]).appendChild(Markup.link(base + "format=" + format[0], format[1], "cite-format")
                    .setAttribute("target", "_blank").setAttribute("rel", "noopener nofollow")));
        }
        return block.appendChild(list);
    }
}
