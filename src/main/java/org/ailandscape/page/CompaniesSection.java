package org.ailandscape.page;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.ailandscape.link.PageState;
import org.ailandscape.report.CompanyQuery;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Companies;
import org.ailandscape.report.model.Companies.Company;
import org.ailandscape.report.model.Report;
import org.ailandscape.report.model.Text;
import org.ailandscape.report.model.ValueChain;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The notable companies: a table whose every column sorts (scale by amount, unknowns last), a text
 * filter matched in both languages, a layer filter, the value-chain selection as a chip, a count, a
 * CSV of what is shown, and an empty state with a way out. Without script it is a form and links; with
 * it, typing and ticking update the table in place.
 */
final class CompaniesSection {

    private CompaniesSection() {}

    /** The filter is the link's {@code q} (the text) and {@code layers} (the ticked layers); the sort and the selection are links. */
    static final PartActions ACTIONS = new PartActions() {
        @Override
        public UnaryOperator<PageState> typed(String name, List<String> values, Report report) {
            if (name.equals(PageState.QUERY)) return s -> s.withQuery(PartActions.first(values));
            if (name.equals(PageState.LAYERS)) return s -> s.withLayers(Set.copyOf(values));
            return s -> s;
        }

        @Override
        public UnaryOperator<PageState> found(Set<String> open, Map<String, List<String>> values, Report report) {
            UnaryOperator<PageState> text = values.containsKey(PageState.QUERY) ? typed(PageState.QUERY, values.get(PageState.QUERY), report) : s -> s;
            UnaryOperator<PageState> layers = values.containsKey(PageState.LAYERS) ? typed(PageState.LAYERS, values.get(PageState.LAYERS), report) : s -> s;
            return s -> layers.apply(text.apply(s));
        }
    };

    /** The column keys of the URL's {@code sort}, in the table's order. */
    private static final Map<CompanyQuery.Column, String> CLASSES = Map.of(
            CompanyQuery.Column.COMPANY, "col-company", CompanyQuery.Column.LAYER, "col-layer",
            CompanyQuery.Column.ROLE, "col-role", CompanyQuery.Column.SCALE, "col-scale");

    static Element render(PageView view) {
        Reading reading = view.reading();
        Report report = view.report();
        Companies companies = report.companies();
        PageState state = view.state();
        Element section = SectionFrame.of(Section.COMPANIES, companies.heading(), view);

        section.appendChild(controls(view));

        Element chip = Fragments.el("p", "selection-chip").attr("id", "company-segment-chip");
        if (state.node() != null) {
            Text name = report.segment(state.node()).map(ValueChain.Segment::name)
                    .or(() -> report.tier(state.node()).map(ValueChain.Tier::name)).orElse(new Text(state.node(), state.node()));
            chip.appendChild(Fragments.chrome("span", reading.t("companies.segmentFilter", reading.lead(name)), reading));
            chip.appendChild(SectionFrame.stateLink(Fragments.chrome("a", reading.t("companies.segmentClear"), reading, "chip-clear")
                    .attr("id", "company-segment-clear").attr("aria-label", reading.t("companies.segmentClearLabel", reading.lead(name))),
                    state.forLinks().withNode(null), Section.COMPANIES.id()));
        }
        section.appendChild(chip);

        CompanyQuery query = state.companyQuery(view.snapshot());
        List<Company> shown = view.snapshot().companies(query, reading.lead());
        Element status = Fragments.el("div", "grid-status");
        status.appendChild(Fragments.chrome("p", reading.t("companies.count", shown.size(), companies.companies().size()), reading, "count")
                .attr("id", "company-count").attr("aria-live", "polite"));
        String csvQuery = state.tableOnly().withLang(null).toQueryString();
        status.appendChild(Fragments.chrome("a", reading.t("download.csv"), reading, "download-link").attr("id", "company-csv")
                .attr("href", "api/companies.csv?lang=" + reading.lead().key() + (csvQuery.isEmpty() ? "" : "&" + csvQuery))
                .attr("download", "").attr("aria-label", reading.t("download.csvLabel")));
        section.appendChild(status);

        if (shown.isEmpty()) {
            Element empty = Fragments.el("div", "empty-state").attr("id", "company-empty");
            empty.appendChild(Fragments.chrome("p", reading.t("companies.empty"), reading));
            empty.appendChild(SectionFrame.stateLink(Fragments.chrome("a", reading.t("companies.clear"), reading, "button-link")
                    .attr("id", "company-clear"), state.forLinks().withQuery("").withLayers(Set.of()).withNode(null), Section.COMPANIES.id()));
            section.appendChild(empty);
        } else {
            section.appendChild(Fragments.el("div", "table-wrap", "company-table-wrap").appendChild(table(shown, view)));
        }
        return section;
    }

    /** The filter: a form that works as one without script (GET with the rest of the view in hidden fields). */
    private static Element controls(PageView view) {
        Reading reading = view.reading();
        PageState state = view.state();
        Element form = Fragments.el("form", "grid-controls").attr("id", "company-controls").attr("method", "get")
                .attr("action", "./#" + Section.COMPANIES.id());
        state.forLinks().withQuery("").withLayers(Set.of()).toParameters()
                .forEach((name, value) -> form.appendChild(Fragments.el("input").attr("type", "hidden").attr("name", name).attr("value", value)));

        Element field = Fragments.el("div", "field", "filter-field");
        field.appendChild(Fragments.chrome("label", reading.t("companies.filter"), reading).attr("for", "company-filter"));
        field.appendChild(Fragments.el("input").attr("id", "company-filter").attr("type", "search").attr("name", PageState.QUERY)
                .attr("value", state.q()).attr("placeholder", reading.t("companies.filterPlaceholder"))
                .attr("autocomplete", "off").attr("data-input", PageState.QUERY));
        form.appendChild(field);

        Element layers = Fragments.el("fieldset", "layer-filter").attr("id", "company-layers");
        layers.appendChild(Fragments.chrome("legend", reading.t("companies.layers"), reading));
        Element list = Fragments.el("ul");
        for (Companies.Layer layer : view.report().companies().layers()) {
            Element box = Fragments.el("input").attr("type", "checkbox").attr("name", PageState.LAYERS).attr("value", layer.id())
                    .attr("id", "layer-" + layer.id()).attr("data-input", PageState.LAYERS);
            if (state.layers().contains(layer.id())) box.attr("checked", true);
            Element label = Fragments.el("label", "layer-chip").attr("for", "layer-" + layer.id())
                    .text(reading.lead(layer.name()));
            list.appendChild(Fragments.el("li").appendChild(box).appendChild(label));
        }
        layers.appendChild(list);
        form.appendChild(layers);
        // Without script the form needs a button; with it, every change applies at once (the stylesheet hides it then).
        form.appendChild(Fragments.chrome("button", reading.t("companies.apply"), reading, "apply").attr("type", "submit"));
        return form;
    }

    private static Element table(List<Company> shown, PageView view) {
        Reading reading = view.reading();
        Report report = view.report();
        Companies.Columns names = report.companies().columns();
        Element table = Fragments.el("table", "company-table").attr("id", "company-table")
                .attr("aria-describedby", "company-count");
        table.appendChild(Fragments.el("caption", "visually-hidden").text(reading.lead(report.companies().heading())));
        Element head = Fragments.el("tr");
        head.appendChild(header(CompanyQuery.Column.COMPANY, names.company(), view));
        head.appendChild(header(CompanyQuery.Column.LAYER, names.layer(), view));
        head.appendChild(header(CompanyQuery.Column.ROLE, names.role(), view));
        head.appendChild(header(CompanyQuery.Column.SCALE, names.scale(), view));
        table.appendChild(Fragments.el("thead").appendChild(head));

        Element body = Fragments.el("tbody");
        Function<Company, Text> layerName = c -> report.layer(c.layer()).map(Companies.Layer::name).orElse(new Text(c.layer(), c.layer()));
        for (Company company : shown) {
            Element row = Fragments.el("tr").attr("id", "company-" + company.id());
            Element name = Fragments.el("th", CLASSES.get(CompanyQuery.Column.COMPANY)).attr("scope", "row");
            Fragments.bilingual(name, "span", company.name(), reading);
            row.appendChild(name);
            row.appendChild(cell(CompanyQuery.Column.LAYER, names.layer(), layerName.apply(company), reading));
            row.appendChild(cell(CompanyQuery.Column.ROLE, names.role(), company.description(), reading));
            row.appendChild(cell(CompanyQuery.Column.SCALE, names.scale(), company.scale().display(), reading));
            body.appendChild(row);
        }
        return table.appendChild(body);
    }

    private static Element cell(CompanyQuery.Column column, Text columnName, Text text, Reading reading) {
        Element td = Fragments.el("td", CLASSES.get(column)).attr("data-label", reading.lead(columnName));
        Fragments.bilingual(td, "span", text, reading);
        return td;
    }

    /** A column header: a link that sorts by it (ascending, then descending, then the report's order). */
    private static Element header(CompanyQuery.Column column, Text name, PageView view) {
        Reading reading = view.reading();
        CompanyQuery.@Nullable Sort sort = view.state().sort();
        boolean sorted = sort != null && sort.column() == column;
        CompanyQuery.@Nullable Sort next = !sorted ? new CompanyQuery.Sort(column, true) : sort.ascending() ? new CompanyQuery.Sort(column, false) : null;
        Element th = Fragments.el("th", CLASSES.get(column)).attr("scope", "col");
        if (sorted) th.attr("aria-sort", sort.ascending() ? "ascending" : "descending");
        Element link = Fragments.el("a", "sort").text(reading.lead(name))
                .attr("id", "sort-" + column.name().toLowerCase(java.util.Locale.ROOT));
        link.appendChild(Fragments.el("span", "sort-icon").attr("aria-hidden", "true"));
        th.appendChild(SectionFrame.stateLink(link, view.state().forLinks().withSort(next), Section.COMPANIES.id()));
        return th;
    }
}
