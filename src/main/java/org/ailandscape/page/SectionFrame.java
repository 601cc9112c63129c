package org.ailandscape.page;

import org.ailandscape.link.PageState;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Text;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** What every section shares: a landmark with the section's id, its heading, and a "copy link" to it. */
final class SectionFrame {

    private SectionFrame() {}

    /** The section element with its heading: the report's heading, or the page's own for a section the report gives none. */
    static Element of(Section section, @Nullable Text reportHeading, PageView view) {
        Reading reading = view.reading();
        Element element = Fragments.el("section", "report-section", "section-" + section.id())
                .attr("id", section.id()).attr("aria-labelledby", section.id() + "-heading").attr("lang", reading.lead().htmlLang());
        Element heading = Fragments.el("h2", "heading-text").attr("id", section.id() + "-heading");
        if (reportHeading != null) Fragments.bilingual(heading, "span", reportHeading, reading);
        else heading.appendChild(Fragments.chrome("span", reading.t("section." + section.id()), reading));
        Element head = Fragments.el("div", "section-head").appendChild(heading);
        head.appendChild(copyLink("copy-" + section.id(), view.href(view.state().languageOnly().withSection(section), section.id()),
                reading.t("link.copySection", reading.t("nav." + section.id())), reading));
        head.appendChild(ShareMenu.forSection(section, reportHeading != null ? reading.lead(reportHeading) : reading.t("section." + section.id()), view));
        return element.appendChild(head);
    }

    /**
     * "Copy link": a plain link to the view (followed, it opens that view), which the page's script
     * turns into copying the link's full address, confirmed by a message screen readers announce.
     */
    static Element copyLink(String id, String href, String accessibleName, Reading reading) {
        return Fragments.chrome("a", reading.t("link.copy"), reading, "copy-link").attr("id", id).attr("href", href)
                .attr("data-copy", reading.t("link.copied")).attr("aria-label", accessibleName);
    }

    /** Links that only reorder or narrow what the page shows: not for crawlers to follow one by one. */
    static Element stateLink(Element anchor, PageState target, String fragment) {
        return anchor.attr("href", target.href() + (fragment.isEmpty() ? "" : "#" + fragment)).attr("rel", "nofollow");
    }
}
