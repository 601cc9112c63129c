package org.ailandscape.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ailandscape.report.ReportService;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Report;
import org.jspecify.annotations.Nullable;

/**
 * The report on one page, and every view of it a link: the state (reading mode, section, open FAQ
 * answers, open explanation, company filter and sort, value-chain selection) lives in the URL as
 * {@link PageState}. Opening a link restores it; interacting rewrites the URL in place (typing and
 * toggles replace the history entry, language and selection push one). Malformed parameters are ignored.
 */
@Route("")
@CssImport("./styles/dashboard.css")
public class DashboardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ReportService service;
    private final PageHeader header;
    private final ReportSearch search;
    private final PageFooter footer;
    private final Main main = new Main();
    /** One slot per section, in the report's order; a slot is empty until a reader comes near it. */
    private final Map<Section, SectionSlot> slots = new EnumMap<>(Section.class);
    private final Map<String, InfoButton> infoButtons = new LinkedHashMap<>();
    private Reading reading;
    private PageState state = PageState.EMPTY;
    private boolean restoring;
    private @Nullable Boolean compact;

    public DashboardView(ReportService service, I18NProvider i18n) {
        this.service = service;
        Report report = service.report();
        Language browser = Reading.browserLanguage();
        this.reading = new Reading(ReadingMode.of(browser), browser, i18n);
        addClassName("dashboard");

        search = new ReportSearch(service, reading, () -> state);
        header = new PageHeader(report.info(), reading, this::sectionQuery, this::chooseMode, this::chooseDark, search);
        footer = new PageFooter(report.info());
        main.setId("main");
        main.addClassName("page-main");
        for (Section section : Section.values()) {
            SectionSlot slot = new SectionSlot(section, () -> ensure(section));
            slots.put(section, slot);
            main.add(slot);
        }
        add(header, main, footer);
        ensure(Section.OVERVIEW);
    }

    /** The section, built (and brought up to the page's language and state) if it was not yet. */
    private ReportSection ensure(Section which) {
        ReportSection built = slots.get(which).content();
        if (built != null) return built;
        Report report = service.report();
        ReportSection section = switch (which) {
            case OVERVIEW -> new OverviewSection(service);
            case KPIS -> new KpiSection(service);
            case VALUE_CHAIN -> new ValueChainSection(service);
            case MARKET -> new CardsSection(Section.MARKET, report.marketStructure().heading(),
                    CardsSection.cards(report.marketStructure().segments(), s -> new CardsSection.Card(
                            s.id(), s.icon(), s.name(), s.signal(), s.description(), s.keyCompaniesOrEmpty())));
            case COMPANIES -> new CompaniesSection(service, reading);
            case FORCES -> new CardsSection(Section.FORCES, report.forces().heading(),
                    CardsSection.cards(report.forces().forces(), f -> new CardsSection.Card(
                            f.id(), f.icon(), f.title(), null, f.description(), List.of())));
            case REGIONS -> new CardsSection(Section.REGIONS, report.regions().heading(),
                    CardsSection.cards(report.regions().regions(), r -> new CardsSection.Card(
                            r.id(), r.flag(), r.name(), null, r.description(), List.of())));
            case FAQ -> new FaqSection(service);
        };
        slots.get(which).fill(section);
        section.addCharts(report.charts().charts().stream()
                .filter(c -> c.section().equals(which.id()))
                .map(c -> new FigureChart(service, c))
                .toList());
        section.setLinks(this::sectionQuery);
        List<InfoButton> buttons = switch (section) {
            case OverviewSection overview -> overview.infoButtons();
            case KpiSection kpis -> kpis.cards().stream().map(MetricCard::info).toList();
            default -> List.of();
        };
        for (InfoButton button : buttons) {
            infoButtons.put(button.metricId(), button);
            button.setLinks(id -> state.languageOnly().withInfo(id).toQueryString());
            button.onUserToggle(id -> replaceUrl(state.withInfo(id)));
        }
        switch (section) {
            case ValueChainSection chain -> chain.onSelect(this::selectSegment);
            case CompaniesSection table -> {
                table.onUserChange(() -> replaceUrl(companyState(state)));
                table.onClearSegmentRequest(() -> valueChain().select(null));
                if (compact != null) table.setCompact(compact);
            }
            case FaqSection answers -> {
                answers.setItemLinks(id -> state.languageOnly().withSection(Section.FAQ).withFaq(Set.of(id)).toQueryString());
                answers.onUserToggle(() -> replaceUrl(state.withFaq(answers.openIds())));
            }
            default -> { }
        }
        section.localize(reading);
        boolean wasRestoring = restoring;
        restoring = true;
        try {
            applyState(section);
        } finally {
            restoring = wasRestoring;
        }
        if (section instanceof CompaniesSection) updateDownloads();
        return section;
    }

    /** The sections built so far, in the report's order. */
    private List<ReportSection> built() {
        return slots.values().stream().map(SectionSlot::content).filter(java.util.Objects::nonNull).toList();
    }

    /** The query of a link to a section, in the page's language. */
    private String sectionQuery(Section section) {
        return state.languageOnly().withSection(section).toQueryString();
    }

    /** Brings one built section to the page's state. */
    private void applyState(ReportSection section) {
        switch (section) {
            case FaqSection answers -> answers.setOpen(state.faq());
            case ValueChainSection chain -> {
                if (!java.util.Objects.equals(chain.selected(), state.node())) chain.select(state.node());
            }
            case CompaniesSection table -> {
                table.restore(state.q(), state.layers(), state.sort());
                if (state.node() != null) table.setSegments(state.node(), service.segmentsFor(state.node()));
            }
            default -> { }
        }
        infoButtons.forEach((id, button) -> {
            if (button.findAncestor(ReportSection.class) != section) return;
            if (id.equals(state.info())) button.openSoon();
            else if (button.isOpen()) button.close();
        });
    }

    /** The sections a view needs at once: where the link points, and what its state shows. */
    private Set<Section> needed(PageState target) {
        Set<Section> needed = java.util.EnumSet.noneOf(Section.class);
        if (target.section() != null) needed.add(target.section());
        if (!target.faq().isEmpty()) needed.add(Section.FAQ);
        if (target.node() != null) needed.addAll(Set.of(Section.VALUE_CHAIN, Section.COMPANIES));
        if (!target.q().isEmpty() || !target.layers().isEmpty() || target.sort() != null) needed.add(Section.COMPANIES);
        if (target.info() != null) needed.add(metricSection(target.info()));
        // Where the link scrolls to, everything above is built too: its position is then final when the
        // page scrolls there, instead of moving as the sections above arrive.
        Section scrollTarget = target.info() != null ? metricSection(target.info())
                : !target.faq().isEmpty() ? Section.FAQ
                : target.node() != null ? Section.VALUE_CHAIN
                : target.section();
        if (scrollTarget != null) {
            for (Section above : Section.values()) if (above.ordinal() < scrollTarget.ordinal()) needed.add(above);
        }
        return needed;
    }

    private static Set<String> metricIds(Report report) {
        Set<String> ids = new java.util.HashSet<>();
        report.overview().headlineMetrics().forEach(m -> ids.add(m.id()));
        report.kpis().kpis().forEach(m -> ids.add(m.id()));
        ids.add("phase");
        return ids;
    }

    private Section metricSection(String metricId) {
        return service.report().kpis().kpis().stream().anyMatch(m -> m.id().equals(metricId)) ? Section.KPIS : Section.OVERVIEW;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.getPage().executeJs("return window.matchMedia('(prefers-color-scheme: dark)').matches")
                .then(Boolean.class, header::setDark);
        ui.getPage().retrieveExtendedClientDetails(details -> setCompact(details.getWindowInnerWidth() < 720));
        ui.getPage().addBrowserWindowResizeListener(e -> setCompact(e.getWidth() < 720));
    }

    private void setCompact(boolean narrow) {
        compact = narrow;
        if (slots.get(Section.COMPANIES).content() instanceof CompaniesSection table) table.setCompact(narrow);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PageState requested = PageState.parse(event.getLocation().getQueryParameters().getParameters());
        restore(validated(requested));
    }

    /** Drops ids the report does not know, so that a stale or mistyped link still opens the rest. */
    private PageState validated(PageState requested) {
        Report report = service.report();
        Set<String> faqIds = report.faq().items().stream().map(i -> i.id()).collect(Collectors.toSet());
        Set<String> layerIds = report.companies().layers().stream().map(l -> l.id()).collect(Collectors.toSet());
        return requested
                .withFaq(requested.faq().stream().filter(faqIds::contains).collect(Collectors.toSet()))
                .withInfo(requested.info() != null && metricIds(report).contains(requested.info()) ? requested.info() : null)
                .withLayers(requested.layers().stream().filter(layerIds::contains).collect(Collectors.toSet()))
                .withNode(requested.node() != null && (report.segment(requested.node()).isPresent() || report.tier(requested.node()).isPresent())
                        ? requested.node() : null);
    }

    private void restore(PageState target) {
        restoreWithoutScrolling(target);
        scrollTo(target);
    }

    private void restoreWithoutScrolling(PageState target) {
        restoring = true;
        try {
            state = target;
            ReadingMode mode = target.lang() != null ? target.lang() : ReadingMode.of(reading.chrome());
            Language chrome = mode == ReadingMode.BOTH ? reading.chrome() : mode == ReadingMode.ZH ? Language.ZH : Language.EN;
            applyReading(reading.withMode(mode, chrome));
            // The sections already there follow the new state; those the link needs are built in it.
            built().forEach(this::applyState);
            needed(target).forEach(this::ensure);
        } finally {
            restoring = false;
        }
        updateDownloads();
    }

    /** The CSV link carries the same selection as the page (language, filter, layers, sort, node). */
    private void updateDownloads() {
        PageState selection = PageState.EMPTY.withQuery(state.q()).withLayers(state.layers()).withSort(state.sort()).withNode(state.node());
        String lang = "lang=" + reading.lead().key();
        String rest = selection.toQueryString();
        if (slots.get(Section.COMPANIES).content() instanceof CompaniesSection table) table.setCsvQuery(rest.isEmpty() ? lang : lang + "&" + rest);
    }

    private void applyReading(Reading newReading) {
        reading = newReading;
        header.localize(reading);
        search.localize(reading);
        built().forEach(section -> section.localize(reading));
        footer.localize(reading);
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getElement().setAttribute("lang", reading.lead().htmlLang());
            ui.getPage().executeJs("document.documentElement.lang = $0", reading.lead().htmlLang());
            ui.getPage().setTitle(getPageTitle());
        }
    }

    /** The element a link points at: the explanation, the first open answer, the selected segment, or the section. */
    private void scrollTo(PageState target) {
        String elementId = null;
        if (target.info() != null) elementId = infoButtons.get(target.info()).getParent().flatMap(p -> p.getId()).orElse(Section.KPIS.id());
        else if (!target.faq().isEmpty()) elementId = "faq-" + target.faq().stream().sorted().findFirst().orElseThrow();
        else if (target.node() != null) elementId = service.report().segment(target.node()).isPresent() ? "segment-" + target.node() : "tier-" + target.node();
        else if (target.section() != null) elementId = target.section().id();
        if (elementId == null) return;
        // After the router's own scroll handling of this navigation, and once the layout has settled.
        getElement().executeJs("""
                const id = $0;
                setTimeout(() => requestAnimationFrame(() => {
                  const target = document.getElementById(id);
                  if (!target) return;
                  target.scrollIntoView({block: 'start'});
                  target.classList.add('flash');
                  setTimeout(() => target.classList.remove('flash'), 1600);
                }), 120);""", elementId);
    }

    private PageState companyState(PageState base) {
        CompaniesSection table = companies();
        return base.withQuery(table.query().text()).withLayers(table.query().layers()).withSort(table.sort());
    }

    private void replaceUrl(PageState newState) {
        if (restoring) return;
        state = newState;
        updateDownloads();
        UI.getCurrent().getPage().getHistory().replaceState(null, location(newState));
    }

    private void pushUrl(PageState newState) {
        if (restoring) return;
        state = newState;
        updateDownloads();
        UI.getCurrent().getPage().getHistory().pushState(null, location(newState));
    }

    private static Location location(PageState state) {
        return new Location("", QueryParameters.simple(state.toParameters()));
    }

    /** A deliberate choice: the page changes in place and the choice gets its own history entry. */
    private void chooseMode(ReadingMode mode) {
        PageState chosen = state.withLang(mode);
        restoreWithoutScrolling(chosen);
        pushUrl(chosen);
    }

    private void chooseDark(boolean dark) {
        UI.getCurrent().getPage().setColorScheme(dark ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
        header.setDark(dark);
    }

    private void selectSegment(@Nullable String id) {
        companies().setSegments(id, id == null ? Set.of() : service.segmentsFor(id));
        if (!java.util.Objects.equals(state.node(), id)) pushUrl(state.withNode(id));
    }

    @Override
    public String getPageTitle() {
        return reading.lead(service.report().info().title());
    }

    ValueChainSection valueChain() {
        return (ValueChainSection) ensure(Section.VALUE_CHAIN);
    }

    CompaniesSection companies() {
        return (CompaniesSection) ensure(Section.COMPANIES);
    }

    ReportSearch search() {
        return search;
    }

    FaqSection faq() {
        return (FaqSection) ensure(Section.FAQ);
    }

    PageState state() {
        return state;
    }

    Reading reading() {
        return reading;
    }
}
