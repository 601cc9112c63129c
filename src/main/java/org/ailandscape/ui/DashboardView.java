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
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ailandscape.report.ReportService;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Report;
import org.ailandscape.report.model.Text;
import org.jspecify.annotations.Nullable;

/**
 * The report on one page. The reading mode comes from the {@code lang} URL parameter, else the
 * browser's language; {@code section} scrolls to a section. Unknown or malformed parameters are ignored.
 */
@Route("")
@CssImport("./styles/dashboard.css")
public class DashboardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String LANG = "lang";
    static final String SECTION = "section";

    private final ReportService service;
    private final PageHeader header;
    private final List<Localized> parts = new ArrayList<>();
    private final ValueChainSection valueChain;
    private final CompaniesSection companies;
    private Reading reading;
    private @Nullable ReadingMode urlMode;

    public DashboardView(ReportService service, I18NProvider i18n) {
        this.service = service;
        Report report = service.report();
        Language browser = Language.of(Optional.ofNullable(VaadinRequest.getCurrent()).map(VaadinRequest::getLocale)
                .orElse(Locale.ENGLISH));
        this.reading = new Reading(ReadingMode.of(browser), browser, i18n);
        addClassName("dashboard");

        header = new PageHeader(report.info(), reading, this::sectionHref, this::chooseMode, this::chooseDark);
        OverviewSection overview = new OverviewSection(service);
        KpiSection kpis = new KpiSection(service);
        valueChain = new ValueChainSection(service);
        companies = new CompaniesSection(service, reading);
        CardsSection market = new CardsSection(Section.MARKET, report.marketStructure().heading(),
                CardsSection.cards(report.marketStructure().segments(), s -> new CardsSection.Card(
                        s.id(), s.icon(), s.name(), s.signal(), s.description(), s.keyCompaniesOrEmpty())));
        CardsSection forces = new CardsSection(Section.FORCES, report.forces().heading(),
                CardsSection.cards(report.forces().forces(), f -> new CardsSection.Card(
                        f.id(), f.icon(), f.title(), null, f.description(), List.of())));
        CardsSection regions = new CardsSection(Section.REGIONS, report.regions().heading(),
                CardsSection.cards(report.regions().regions(), r -> new CardsSection.Card(
                        r.id(), r.flag(), r.name(), null, r.description(), List.of())));
        FaqSection faq = new FaqSection(service);
        PageFooter footer = new PageFooter(report.info());

        valueChain.onSelect(this::selectSegment);
        for (ReportSection section : List.of(overview, kpis, valueChain, market, companies, forces, regions, faq)) {
            section.addCharts(report.charts().charts().stream()
                    .filter(c -> c.section().equals(section.section().id()))
                    .map(c -> new FigureChart(service, c))
                    .toList());
        }

        Main main = new Main(overview, kpis, valueChain, market, companies, forces, regions, faq);
        main.setId("main");
        main.addClassName("page-main");
        add(header, main, footer);
        parts.addAll(List.of(header, overview, kpis, valueChain, market, companies, forces, regions, faq, footer));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.getPage().executeJs("return window.matchMedia('(prefers-color-scheme: dark)').matches")
                .then(Boolean.class, header::setDark);
        ui.getPage().retrieveExtendedClientDetails(details -> companies.setCompact(details.getWindowInnerWidth() < 720));
        ui.getPage().addBrowserWindowResizeListener(e -> companies.setCompact(e.getWidth() < 720));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        urlMode = first(params, LANG).flatMap(ReadingMode::parse).orElse(null);
        ReadingMode mode = urlMode != null ? urlMode : ReadingMode.of(reading.chrome());
        Language chrome = mode == ReadingMode.BOTH ? reading.chrome() : mode == ReadingMode.ZH ? Language.ZH : Language.EN;
        applyReading(reading.withMode(mode, chrome));
        first(params, SECTION).flatMap(Section::byId).ifPresent(this::scrollTo);
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.getFirst());
    }

    private void applyReading(Reading newReading) {
        reading = newReading;
        parts.forEach(p -> p.localize(reading));
        for (Section section : Section.values()) header.setSectionLink(section, sectionHref(section));
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getElement().setAttribute("lang", reading.lead().htmlLang());
            ui.getPage().executeJs("document.documentElement.lang = $0", reading.lead().htmlLang());
            ui.getPage().setTitle(getPageTitle());
        }
    }

    private void chooseMode(ReadingMode mode) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(LANG, mode.key());
        UI.getCurrent().navigate(DashboardView.class, QueryParameters.simple(params));
    }

    private void chooseDark(boolean dark) {
        UI.getCurrent().getPage().setColorScheme(dark ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
        header.setDark(dark);
    }

    private String sectionHref(Section section) {
        String lang = urlMode == null ? "" : LANG + "=" + urlMode.key() + "&";
        return "?" + lang + SECTION + "=" + section.id();
    }

    private void scrollTo(Section section) {
        getElement().executeJs("""
                const target = document.getElementById($0);
                if (target) {
                  target.scrollIntoView({block: 'start'});
                  target.classList.add('flash');
                  setTimeout(() => target.classList.remove('flash'), 1600);
                }""", section.id());
    }

    private void selectSegment(@Nullable String id) {
        Set<String> segments = id == null ? Set.of() : service.segmentsFor(id);
        companies.setSegments(id, segments);
    }

    @Override
    public String getPageTitle() {
        Text title = service.report().info().title();
        return reading.lead(title);
    }

    ValueChainSection valueChain() {
        return valueChain;
    }

    CompaniesSection companies() {
        return companies;
    }

    Reading reading() {
        return reading;
    }
}
