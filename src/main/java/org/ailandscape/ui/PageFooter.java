package org.ailandscape.ui;

import com.vaadin.flow.component.html.Footer;
import org.ailandscape.report.model.ReportInfo;
import org.jsoup.nodes.Element;

/** The disclaimer and the edition. */
class PageFooter extends Footer implements Localized {

    private final ReportInfo info;
    private final HtmlFragment content = new HtmlFragment("footer-content");

    PageFooter(ReportInfo info) {
        this.info = info;
        addClassName("page-footer");
        add(content);
    }

    @Override
    public void localize(Reading reading) {
        Element root = Fragments.el("div");
        Fragments.bilingual(root, "p", info.disclaimer(), reading, "disclaimer");
        root.appendChild(Fragments.chrome("p", reading.t("footer.edition", info.edition()), reading, "edition"));
        root.appendChild(Fragments.el("p").appendChild(Fragments.chrome("a", reading.t("download.json"), reading, "download-link")
                .attr("href", "api/report?download").attr("download", "").attr("router-ignore", "")));
        content.show(root);
    }
}
