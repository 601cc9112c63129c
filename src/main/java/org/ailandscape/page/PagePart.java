package org.ailandscape.page;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.ailandscape.link.PageState;
import org.ailandscape.report.Section;
import org.jsoup.nodes.Element;

/**
 * The parts of the page that change as the reader changes the view. Each names the element it renders
 * (by id), the part of the link it shows (it is rendered again only when that changes; every part
 * also follows the reading and the dataset version), how it renders, and what the reader's actions
 * inside it change in the link. A new section with state of its own in the link is a renderer, a
 * line here, and its parameter in {@link PageState}.
 */
public enum PagePart {
    /** The language links keep the whole view, so the header shows all of it. */
    HEADER("page-header", s -> s, PageHeader::render, PageHeader.ACTIONS),
    OVERVIEW(Section.OVERVIEW, s -> s.languageOnly().withInfo(s.info()), OverviewSection::render, MetricCards.actions(Section.OVERVIEW)),
    KPIS(Section.KPIS, s -> s.languageOnly().withInfo(s.info()), KpiSection::render, MetricCards.actions(Section.KPIS)),
    /** Its selection links keep the rest of the view. */
    VALUE_CHAIN(Section.VALUE_CHAIN, PageState::forLinks, ValueChainSection::render, PartActions.NONE),
    MARKET(Section.MARKET, PageState::languageOnly, CardsSection::market, PartActions.NONE),
    /** Its sort and clear links keep the rest of the view. */
    COMPANIES(Section.COMPANIES, PageState::forLinks, CompaniesSection::render, CompaniesSection.ACTIONS),
    FORCES(Section.FORCES, PageState::languageOnly, CardsSection::forces, PartActions.NONE),
    REGIONS(Section.REGIONS, PageState::languageOnly, CardsSection::regions, PartActions.NONE),
    FAQ(Section.FAQ, s -> s.languageOnly().withFaq(s.faq()), FaqSection::render, FaqSection.ACTIONS),
    FOOTER("page-footer", PageState::languageOnly, PageFooter::render, PartActions.NONE);

    private final String elementId;
    private final Optional<Section> section;
    private final UnaryOperator<PageState> shows;
    private final Function<PageView, Element> renderer;
    private final PartActions actions;

    PagePart(String elementId, UnaryOperator<PageState> shows, Function<PageView, Element> renderer, PartActions actions) {
        this(elementId, Optional.empty(), shows, renderer, actions);
    }

    PagePart(Section section, UnaryOperator<PageState> shows, Function<PageView, Element> renderer, PartActions actions) {
        this(section.id(), Optional.of(section), shows, renderer, actions);
    }

    PagePart(String elementId, Optional<Section> section, UnaryOperator<PageState> shows, Function<PageView, Element> renderer,
            PartActions actions) {
        this.elementId = elementId;
        this.section = section;
        this.shows = shows;
        this.renderer = renderer;
        this.actions = actions;
    }

    /** The id of the element this part renders (and replaces when it changes). */
    public String elementId() {
        return elementId;
    }

    /** The report's section this part is, if it is one. */
    public Optional<Section> section() {
        return section;
    }

    /** The part that shows a section. */
    public static PagePart of(Section section) {
        for (PagePart part : values()) if (part.section.equals(Optional.of(section))) return part;
        throw new IllegalArgumentException("no part shows " + section);
    }

    /** What of the link this part shows: two states that show the same render this part the same. */
    public PageState shows(PageState state) {
        return shows.apply(state);
    }

    /** What the reader's toggles and fields in this part change in the link. */
    public PartActions actions() {
        return actions;
    }

    Element render(PageView view) {
        return renderer.apply(view);
    }
}
