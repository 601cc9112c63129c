package org.ailandscape.page;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.dom.Element;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ailandscape.link.LinkTarget;
import org.ailandscape.link.PageState;
import org.ailandscape.link.ReadingMode;
import org.ailandscape.reading.PageView;
import org.ailandscape.reading.Reading;
import org.ailandscape.report.SearchHit;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.ReportInfo;

/**
 * The top of the page: kicker and title, then a bar that stays while scrolling with the section links,
 * the search across the report (its results are links to where each term is), the language links (EN /
 * 中文 / both, each keeping the rest of the view) and the light/dark switch.
 */
final class PageHeader extends Composite<Header> implements ViewPart {

    private static final int MAX_HITS = 12;

    private final TextInput search;
    private final Block results;
    private final Block modes;

    PageHeader(PageView view, ViewChanges changes) {
        Reading reading = view.reading();
        Header header = getContent();
        header.setId("page-header");
        header.addClassName("page-header");
        header.getElement().setAttribute("lang", reading.lead().htmlLang());
        String words = view.key();
        header.add(Block.cached(words + "|masthead", () -> masthead(view)));

        search = new TextInput("report-search", PageState.FIND, "search");
        search.setPlaceholder(reading.t("search.placeholder"));
        search.getElement().setAttribute("aria-label", reading.t("search.label"));
        search.getElement().setAttribute("aria-controls", "report-search-results");
        search.addValueChangeListener(event -> {
            if (event.isFromClient()) changes.inPlace(s -> s.withFind(event.getValue()));
        });
        results = Block.cached(resultsKey(view), () -> results(view));
        GetForm form = new GetForm("", "./", "report-search");
        form.getElement().setAttribute("role", "search");
        form.add(Block.cached(formKey(view), () -> formState(view)), search, results);
        modes = Block.cached(modesKey(view), () -> modes(view));
        Div tools = new Div(form, modes);
        tools.addClassName("header-tools");
        Div bar = new Div(Block.cached(words + "|nav", () -> nav(view)), tools);
        bar.addClassName("header-bar");
        header.add(bar);
        show(view);
    }

    @Override
    public void show(PageView view) {
        search.show(view.state().find());
        results.show(resultsKey(view), () -> results(view));
        modes.show(modesKey(view), () -> modes(view));
    }

    private static String resultsKey(PageView view) {
        return view.key() + "|find|" + view.state().languageOnly().withFind(view.state().find()).toQueryString();
    }

    private static String modesKey(PageView view) {
        return view.key() + "|modes|" + view.state().toQueryString();
    }

    private static String formKey(PageView view) {
        return view.key() + "|search-form|" + view.state().languageOnly().toQueryString();
    }

    private static Element masthead(PageView view) {
        Reading reading = view.reading();
        ReportInfo info = view.report().info();
        Element top = Markup.el("div", "masthead-block");
        top.appendChild(Markup.link("#main", reading.t("nav.skip"), "skip-link"));
        Element masthead = Markup.el("div", "masthead");
        Markup.bilingual(masthead, "p", info.kicker(), reading, "kicker");
        Element title = Markup.el("h1", "title");
        Markup.bilingual(title, "span", info.title(), reading);
        masthead.appendChild(title);
        // On paper only: where the printout comes from (the page's script writes the full address when printing).
        Element printed = Markup.el("p", "print-meta");
        printed.appendChild(Markup.text("span", reading.t("print.permalink") + " "));
        printed.appendChild(Markup.text("span", view.state().languageOnly().href(), "print-url"));
        printed.appendChild(Markup.text("span", " · " + reading.t("footer.version", view.snapshot().dataset().id())));
        masthead.appendChild(printed);
        return top.appendChild(masthead);
    }

    private static Element nav(PageView view) {
        Reading reading = view.reading();
        Element nav = Markup.el("nav", "section-nav").setAttribute("aria-label", reading.t("nav.label"));
        Element list = Markup.el("ul");
        for (Section section : Section.values()) {
            list.appendChild(Markup.el("li").appendChild(Markup.link(SectionFrame.href(view.state().languageOnly().withSection(section), section.id()),
                    reading.t("nav." + section.id()), "nav-link").setAttribute("data-section", section.id())));
        }
        return nav.appendChild(list);
    }

    /** The language links, each keeping the whole view, and the theme switch (the page's script keeps the reader's choice). */
    private static Element modes(PageView view) {
        Reading reading = view.reading();
        PageState state = view.state();
        Element wrap = Markup.el("div", "header-switches");
        Element modes = Markup.el("div", "mode-switch").setAttribute("role", "group").setAttribute("aria-label", reading.t("lang.label"));
        for (ReadingMode mode : ReadingMode.values()) {
            Element link = Markup.link(state.withLang(mode).href(), reading.t("lang." + mode.key()), "mode").setAttribute("id", "lang-" + mode.key())
                    .setAttribute("lang", mode == ReadingMode.ZH ? "zh-Hans" : "en");
            if (mode != ReadingMode.BOTH) link.setAttribute("hreflang", mode == ReadingMode.ZH ? "zh-Hans" : "en");
            if (mode == reading.mode()) link.setAttribute("aria-current", "true");
            modes.appendChild(link);
        }
        wrap.appendChild(modes);
        Element theme = Markup.el("button", "theme-switch").setAttribute("type", "button").setAttribute("id", "theme-switch")
                .setAttribute("aria-pressed", "false").setAttribute("aria-label", reading.t("theme.dark"));
        theme.appendChild(Markup.text("span", "☾", "to-dark").setAttribute("aria-hidden", "true"));
        theme.appendChild(Markup.text("span", "☀", "to-light").setAttribute("aria-hidden", "true"));
        return wrap.appendChild(theme);
    }

    /** Without script the search is a GET form: it keeps the language. */
    private static Element formState(PageView view) {
        Element state = Markup.el("div", "form-state");
        if (view.state().lang() != null) {
            state.appendChild(Markup.el("input").setAttribute("type", "hidden").setAttribute("name", PageState.LANG).setAttribute("value", view.state().lang().key()));
        }
        return state;
    }

    /** The results: a count and a list of links to where each term is (hidden while there is no search). */
    private static Element results(PageView view) {
        Reading reading = view.reading();
        PageState state = view.state();
        Element panel = Markup.el("div", "search-panel").setAttribute("id", "report-search-results").setAttribute("role", "region")
                .setAttribute("aria-label", reading.t("search.results"));
        if (state.find().isBlank()) return panel.setAttribute("hidden", true);
        List<SearchHit> hits = onePerPlace(view.snapshot().search(state.find()), reading);
        panel.appendChild(Markup.text("p", reading.t("search.count", hits.size()), "search-count").setAttribute("role", "status"));
        Element list = Markup.el("ul", "search-results");
        for (SearchHit hit : hits.stream().limit(MAX_HITS).toList()) list.appendChild(Markup.el("li").appendChild(result(hit, view)));
        return panel.appendChild(list);
    }

    private static Element result(SearchHit hit, PageView view) {
        Reading reading = view.reading();
        Element link = Markup.el("a").setAttribute("href", href(hit, view));
        link.appendChild(Markup.text("span", reading.t("nav." + hit.section().id()), "search-section"));
        link.appendChild(Markup.text("span", hit.title().in(reading.lead()), "search-title"));
        if (!hit.snippet().equals(hit.title().in(hit.language()))) {
            link.appendChild(Markup.text("span", hit.snippet(), "search-snippet").setAttribute("lang", hit.language().htmlLang()));
        }
        return link;
    }

    /** One hit per place, in the reader's language where the term occurs in it too. */
    private static List<SearchHit> onePerPlace(List<SearchHit> hits, Reading reading) {
        Map<String, SearchHit> places = new LinkedHashMap<>();
        for (SearchHit hit : hits) {
            String place = hit.section() + "/" + hit.itemId();
            SearchHit kept = places.get(place);
            if (kept == null || (kept.language() != reading.lead() && hit.language() == reading.lead())) places.put(place, hit);
        }
        return List.copyOf(places.values());
    }

    /** Where a hit is: the view that shows it, pointing at its element. */
    private static String href(SearchHit hit, PageView view) {
        PageState base = view.state().languageOnly();
        boolean era = view.report().overview().phase().eras().stream().anyMatch(e -> e.id().equals(hit.itemId()));
        return switch (hit.section()) {
            case OVERVIEW, KPIS -> era ? SectionFrame.href(base.withSection(Section.OVERVIEW), "era-" + hit.itemId())
                    : SectionFrame.href(base.withInfo(hit.itemId()), ReportPage.elementId(LinkTarget.of(base.withInfo(hit.itemId()), view.report()).orElseThrow()));
            case VALUE_CHAIN -> SectionFrame.href(base.withNode(hit.itemId()), "segment-" + hit.itemId());
            case COMPANIES -> SectionFrame.href(base.withSection(Section.COMPANIES).withQuery(hit.title().in(view.reading().lead())), Section.COMPANIES.id());
            case FAQ -> SectionFrame.href(base.withSection(Section.FAQ).withFaq(Set.of(hit.itemId())), "faq-" + hit.itemId());
            case MARKET, FORCES, REGIONS -> SectionFrame.href(base.withSection(hit.section()), hit.section().id() + "-" + hit.itemId());
        };
    }
}
