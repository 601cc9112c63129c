package org.ailandscape.page;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.Element;
import org.ailandscape.link.PageState;
import org.ailandscape.reading.PageView;
import org.ailandscape.reading.Reading;
import org.ailandscape.report.model.Text;
import org.jspecify.annotations.Nullable;

/**
 * What every section of the report is: a landmark with the section's id and language, its heading, a
 * "copy link" to it and its Share menu (the head, one {@link Block}), then the section's own content.
 * A section says which part of the view it shows ({@link #shown}): its Share menu embeds that.
 */
abstract class SectionFrame extends Composite<Section> implements ViewPart {

    final org.ailandscape.report.Section section;
    private final Block head;

    SectionFrame(org.ailandscape.report.Section section, PageView view) {
        this.section = section;
        Section element = getContent();
        element.setId(section.id());
        element.addClassNames("report-section", "section-" + section.id());
        element.getElement().setAttribute("aria-labelledby", section.id() + "-heading");
        element.getElement().setAttribute("lang", view.reading().lead().htmlLang());
        head = Block.cached(headKey(view), () -> head(view));
        element.add(head);
    }

    /** The section's heading in the report's words, or null where the report gives none (the page's own is used). */
    abstract @Nullable Text heading(PageView view);

    /** What of the view this section shows (its Share menu embeds the section in that state). */
    PageState shown(PageState state) {
        return state.languageOnly();
    }

    @Override
    public void show(PageView view) {
        head.show(headKey(view), () -> head(view));
    }

    private String headKey(PageView view) {
        return view.key() + "|head|" + section.id() + "|" + shown(view.state()).forLinks().toQueryString();
    }

    private Element head(PageView view) {
        Reading reading = view.reading();
        Text reportHeading = heading(view);
        Element heading = Markup.el("h2", "heading-text").setAttribute("id", section.id() + "-heading");
        if (reportHeading != null) Markup.bilingual(heading, "span", reportHeading, reading);
        else heading.appendChild(Markup.text("span", reading.t("section." + section.id())));
        Element head = Markup.el("div", "section-head").appendChild(heading);
        head.appendChild(copyLink("copy-" + section.id(), href(view.state().languageOnly().withSection(section), section.id()),
                reading.t("link.copySection", reading.t("nav." + section.id())), reading));
        String name = reportHeading != null ? reading.lead(reportHeading) : reading.t("section." + section.id());
        head.appendChild(ShareMenu.forSection(section, name, shown(view.state()).forLinks(), reading));
        return head;
    }

    /** The link to a state of the page, with the element it points at as fragment (a browser scrolls there without script). */
    static String href(PageState target, String elementId) {
        return target.href() + "#" + elementId;
    }

    /**
     * "Copy link": a plain link to the view (followed, it opens that view), which the page's script turns
     * into copying the link's full address, confirmed by a message screen readers announce.
     */
    static Element copyLink(String id, String href, String accessibleName, Reading reading) {
        return Markup.link(href, reading.t("link.copy"), "copy-link").setAttribute("id", id)
                .setAttribute("data-copy", reading.t("link.copied")).setAttribute("aria-label", accessibleName);
    }

    /** Links that only reorder or narrow what the page shows: not for crawlers to follow one by one. */
    static Element stateLink(Element anchor, PageState target, String fragment) {
        return anchor.setAttribute("href", target.href() + (fragment.isEmpty() ? "" : "#" + fragment)).setAttribute("rel", "nofollow");
    }
}
