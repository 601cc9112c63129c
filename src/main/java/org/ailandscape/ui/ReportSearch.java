package org.ailandscape.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.ailandscape.report.ReportService;
import org.ailandscape.report.SearchHit;
import org.ailandscape.report.Section;
import org.jsoup.nodes.Element;

/**
 * Search across the whole report, in both languages. Each hit is a link to where it is (an open
 * explanation, a selected segment, an open answer, a section), so a result can be shared too.
 */
class ReportSearch extends Div implements Localized {

    private static final int MAX_HITS = 12;

    private final ReportService service;
    private final Supplier<PageState> state;
    private final TextField field = new TextField();
    /** A plain panel rather than a Popover: a popover would put aria-expanded on the text input, which a textbox may not carry. */
    private final Div results = new Div();
    private final HtmlFragment list = new HtmlFragment("search-results");
    private Reading reading;

    ReportSearch(ReportService service, Reading initial, Supplier<PageState> state) {
        this.service = service;
        this.reading = initial;
        this.state = state;
        addClassName("report-search");
        field.setId("report-search");
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(250);
        field.addValueChangeListener(e -> show());
        field.addKeyDownListener(Key.ESCAPE, e -> results.setVisible(false));
        results.setId("report-search-results");
        results.addClassName("search-panel");
        results.getElement().setAttribute("role", "region");
        results.add(list);
        results.setVisible(false);
        // Following a result closes the panel.
        list.getElement().addEventListener("click", e -> results.setVisible(false)).setFilter("event.target.closest('a') != null");
        add(field, results);
    }

    TextField field() {
        return field;
    }

    HtmlFragment list() {
        return list;
    }

    private void show() {
        String term = field.getValue().strip();
        if (term.isEmpty()) {
            results.setVisible(false);
            return;
        }
        List<SearchHit> hits = onePerPlace(service.search(term.length() > 100 ? term.substring(0, 100) : term));
        Element root = Fragments.el("div");
        root.appendChild(Fragments.chrome("p", reading.t("search.count", hits.size()), reading, "search-count")
                .attr("role", "status"));
        Element ul = Fragments.el("ul");
        for (SearchHit hit : hits.stream().limit(MAX_HITS).toList()) {
            Element link = Fragments.el("a").attr("href", "?" + linkOf(hit));
            link.appendChild(Fragments.chrome("span", reading.t("nav." + hit.section().id()), reading, "search-section"));
            link.appendChild(Fragments.el("span", "search-title").attr("lang", reading.lead().htmlLang()).text(hit.title().in(reading.lead())));
            if (!hit.snippet().equals(hit.title().in(hit.language()))) {
                link.appendChild(Fragments.el("span", "search-snippet").attr("lang", hit.language().htmlLang()).text(hit.snippet()));
            }
            ul.appendChild(Fragments.el("li").appendChild(link));
        }
        root.appendChild(ul);
        list.show(root);
        results.setVisible(true);
    }

    /** One hit per place, in the reader's language where the term occurs in it too. */
    private List<SearchHit> onePerPlace(List<SearchHit> hits) {
        java.util.Map<String, SearchHit> places = new java.util.LinkedHashMap<>();
        for (SearchHit hit : hits) {
            String place = hit.section() + "/" + hit.itemId();
            SearchHit kept = places.get(place);
            if (kept == null || (kept.language() != reading.lead() && hit.language() == reading.lead())) places.put(place, hit);
        }
        return List.copyOf(places.values());
    }

    /** Where a hit is, as the page's URL parameters. */
    private String linkOf(SearchHit hit) {
        PageState base = state.get().languageOnly();
        PageState target = switch (hit.section()) {
            case OVERVIEW, KPIS -> service.report().overview().phase().eras().stream().anyMatch(e -> e.id().equals(hit.itemId()))
                    ? base.withSection(Section.OVERVIEW) : base.withInfo(hit.itemId());
            case VALUE_CHAIN -> base.withNode(hit.itemId());
            case COMPANIES -> base.withSection(Section.COMPANIES).withQuery(hit.title().in(reading.lead()));
            case FAQ -> base.withSection(Section.FAQ).withFaq(Set.of(hit.itemId()));
            default -> base.withSection(hit.section());
        };
        return target.toQueryString();
    }

    @Override
    public void localize(Reading newReading) {
        reading = newReading;
        field.setPlaceholder(reading.t("search.placeholder"));
        field.setAriaLabel(reading.t("search.label"));
        results.getElement().setAttribute("aria-label", reading.t("search.results"));
        if (!field.getValue().isBlank()) show();
    }
}
