package org.ailandscape.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.ailandscape.link.LinkTarget;
import org.ailandscape.link.PageState;
import org.ailandscape.link.ReadingMode;
import org.ailandscape.report.SearchHit;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Report;
import org.ailandscape.report.model.ReportInfo;
import org.jsoup.nodes.Element;

/**
 * The top of the page: kicker and title, then a bar that stays while scrolling with the section
 * links, the search across the report, the language links (EN / 中文 / both, each keeping the rest of
 * the view) and the light/dark switch.
 */
final class PageHeader {

    private static final int MAX_HITS = 12;

    /** The search box is the link's {@code find}. */
    static final PartActions ACTIONS = new PartActions() {
        @Override
        public UnaryOperator<PageState> typed(String name, List<String> values, Report report) {
            return name.equals(PageState.FIND) ? s -> s.withFind(PartActions.first(values)) : s -> s;
        }

        @Override
        public UnaryOperator<PageState> found(Set<String> open, Map<String, List<String>> values, Report report) {
            return values.containsKey(PageState.FIND) ? typed(PageState.FIND, values.get(PageState.FIND), report) : s -> s;
        }
    };

    private PageHeader() {}

    static Element render(PageView view) {
        Reading reading = view.reading();
        PageState state = view.state();
        ReportInfo info = view.report().info();
        Element header = Fragments.el("header", "page-header").attr("id", "page-header").attr("lang", reading.lead().htmlLang());
        header.appendChild(Fragments.chrome("a", reading.t("nav.skip"), reading, "skip-link").attr("href", "#main"));

        Element masthead = Fragments.el("div", "masthead");
        Fragments.bilingual(masthead, "p", info.kicker(), reading, "kicker");
        Element title = Fragments.el("h1", "title");
        Fragments.bilingual(title, "span", info.title(), reading);
        masthead.appendChild(title);
        // On paper only: where the printout comes from (the page's script writes the full address when printing).
        Element printed = Fragments.el("p", "print-meta");
        printed.appendChild(Fragments.chrome("span", reading.t("print.permalink") + " ", reading));
        printed.appendChild(Fragments.el("span", "print-url").text(view.state().forLinks().href()));
        printed.appendChild(Fragments.chrome("span", " · " + reading.t("footer.version", view.snapshot().dataset().id()), reading));
        masthead.appendChild(printed);
        header.appendChild(masthead);

        Element nav = Fragments.el("nav", "section-nav").attr("aria-label", reading.t("nav.label"));
        Element list = Fragments.el("ul");
        for (Section section : Section.values()) {
            list.appendChild(Fragments.el("li").appendChild(Fragments.chrome("a", reading.t("nav." + section.id()), reading, "nav-link")
                    .attr("href", view.href(state.languageOnly().withSection(section), section.id())).attr("data-section", section.id())));
        }
        nav.appendChild(list);

        Element tools = Fragments.el("div", "header-tools");
        tools.appendChild(search(view));
        Element modes = Fragments.el("div", "mode-switch").attr("role", "group").attr("aria-label", reading.t("lang.label"));
        for (ReadingMode mode : ReadingMode.values()) {
            Element link = Fragments.el("a", "mode").attr("id", "lang-" + mode.key()).attr("href", state.withLang(mode).href())
                    .attr("hreflang", mode == ReadingMode.ZH ? "zh-Hans" : mode == ReadingMode.EN ? "en" : "")
                    .attr("lang", mode == ReadingMode.ZH ? "zh-Hans" : "en").text(reading.t("lang." + mode.key()));
            if (link.attr("hreflang").isEmpty()) link.removeAttr("hreflang");
            if (mode == reading.mode()) link.attr("aria-current", "true");
            modes.appendChild(link);
        }
        tools.appendChild(modes);
        // The theme is the reader's device setting unless they choose here; the page's script keeps the choice.
        Element theme = Fragments.el("button", "theme-switch").attr("type", "button").attr("id", "theme-switch")
                .attr("aria-pressed", "false").attr("aria-label", reading.t("theme.dark"));
        theme.appendChild(Fragments.el("span", "to-dark").attr("aria-hidden", "true").text("☾"));
        theme.appendChild(Fragments.el("span", "to-light").attr("aria-hidden", "true").text("☀"));
        tools.appendChild(theme);

        header.appendChild(Fragments.el("div", "header-bar").appendChild(nav).appendChild(tools));
        return header;
    }

    /** The search: a form (a link of its own without script), its results a list of links to where each term is. */
    private static Element search(PageView view) {
        Reading reading = view.reading();
        PageState state = view.state();
        Element form = Fragments.el("form", "report-search").attr("role", "search").attr("method", "get").attr("action", "./");
        if (state.lang() != null) form.appendChild(Fragments.el("input").attr("type", "hidden").attr("name", PageState.LANG).attr("value", state.lang().key()));
        form.appendChild(Fragments.chrome("label", reading.t("search.label"), reading, "visually-hidden").attr("for", "report-search"));
        form.appendChild(Fragments.el("input").attr("id", "report-search").attr("type", "search").attr("name", PageState.FIND)
                .attr("value", state.find()).attr("placeholder", reading.t("search.placeholder")).attr("autocomplete", "off")
                .attr("aria-controls", "report-search-results").attr("data-input", PageState.FIND));
        Element panel = Fragments.el("div", "search-panel").attr("id", "report-search-results").attr("role", "region")
                .attr("aria-label", reading.t("search.results"));
        if (state.find().isBlank()) {
            panel.attr("hidden", true);
        } else {
            List<SearchHit> hits = onePerPlace(view.snapshot().search(state.find()), reading);
            panel.appendChild(Fragments.chrome("p", reading.t("search.count", hits.size()), reading, "search-count").attr("role", "status"));
            Element list = Fragments.el("ul", "search-results");
            for (SearchHit hit : hits.stream().limit(MAX_HITS).toList()) list.appendChild(Fragments.el("li").appendChild(result(hit, view)));
            panel.appendChild(list);
        }
        return form.appendChild(panel);
    }

    private static Element result(SearchHit hit, PageView view) {
        Reading reading = view.reading();
        Element link = Fragments.el("a").attr("href", href(hit, view));
        link.appendChild(Fragments.chrome("span", reading.t("nav." + hit.section().id()), reading, "search-section"));
        link.appendChild(Fragments.el("span", "search-title").text(hit.title().in(reading.lead())));
        if (!hit.snippet().equals(hit.title().in(hit.language()))) {
            link.appendChild(Fragments.el("span", "search-snippet").attr("lang", hit.language().htmlLang()).text(hit.snippet()));
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
            case OVERVIEW, KPIS -> era ? view.href(base.withSection(Section.OVERVIEW), "era-" + hit.itemId())
                    : view.href(base.withInfo(hit.itemId()), PageRenderer.elementId(LinkTarget.of(base.withInfo(hit.itemId()), view.report()).orElseThrow()));
            case VALUE_CHAIN -> view.href(base.withNode(hit.itemId()), "segment-" + hit.itemId());
            case COMPANIES -> view.href(base.withSection(Section.COMPANIES).withQuery(hit.title().in(view.reading().lead())), Section.COMPANIES.id());
            case FAQ -> view.href(base.withSection(Section.FAQ).withFaq(Set.of(hit.itemId())), "faq-" + hit.itemId());
            case MARKET, FORCES, REGIONS -> view.href(base.withSection(hit.section()), hit.section().id() + "-" + hit.itemId());
        };
    }
}
