package org.ailandscape.page;

import org.ailandscape.report.model.ReportInfo;
import org.jsoup.nodes.Element;

/** The disclaimer, the edition and the dataset's version, and the whole dataset as a download. */
final class PageFooter {

    private PageFooter() {}

    static Element render(PageView view) {
        Reading reading = view.reading();
        ReportInfo info = view.report().info();
        Element footer = Fragments.el("footer", "page-footer").attr("id", "page-footer").attr("lang", reading.lead().htmlLang());
        Element content = Fragments.el("div", "footer-content");
        Fragments.bilingual(content, "p", info.disclaimer(), reading, "disclaimer");
        content.appendChild(Fragments.chrome("p", reading.t("footer.edition", info.edition()) + " · "
                + reading.t("footer.version", view.snapshot().dataset().id()), reading, "edition"));
        Element actions = Fragments.el("div", "footer-actions");
        actions.appendChild(ShareMenu.forReport(view));
        actions.appendChild(Fragments.chrome("button", reading.t("footer.print"), reading, "print-button").attr("type", "button").attr("data-print", ""));
        actions.appendChild(Fragments.chrome("a", reading.t("footer.zip"), reading, "download-link").attr("href", "api/report.zip").attr("download", ""));
        actions.appendChild(Fragments.chrome("a", reading.t("download.json"), reading, "download-link").attr("href", "api/report?download").attr("download", ""));
        content.appendChild(actions);
        return footer.appendChild(content);
    }
}
