package org.ailandscape.page;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.Set;
import org.ailandscape.link.PageState;
import org.ailandscape.reading.PageView;
import org.ailandscape.reading.Reading;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Report;
import org.ailandscape.report.model.Text;

/**
 * The notable companies: the filter (a text matched in both languages, the layers), the value-chain
 * selection as a chip, a count and a CSV of what is shown, and the {@link CompanyTable} — or, when
 * nothing matches, a way out. Without script the filter is a form and the headings are links; on the
 * live page typing and ticking filter at once, and the links are followed on the server, keeping the
 * rest of the reader's view.
 */
final class CompaniesSection extends SectionFrame {

    private final TextInput filter;
    private final LayerFilter layers;
    private final Block formState;
    private final Block chip;
    private final Block status;
    private final CompanyTable table;
    private final Block empty;
    private final Div tableWrap;

    CompaniesSection(PageView view, ViewChanges changes) {
        super(Section.COMPANIES, view);
        Reading reading = view.reading();

        filter = new TextInput("company-filter", PageState.QUERY, "search");
        filter.setPlaceholder(reading.t("companies.filterPlaceholder"));
        filter.addValueChangeListener(event -> {
            if (event.isFromClient()) changes.inPlace(s -> s.withQuery(event.getValue()));
        });
        Div field = new Div(Block.cached(view.key() + "|filter-label",
                () -> Markup.text("label", reading.t("companies.filter")).setAttribute("for", "company-filter")), filter);
        field.addClassNames("field", "filter-field");
        layers = new LayerFilter(view, ticked -> changes.inPlace(s -> s.withLayers(ticked)));
        formState = Block.cached(formKey(view), () -> formState(view));
        GetForm form = new GetForm("company-controls", "./#" + Section.COMPANIES.id(), "grid-controls");
        form.add(field, layers, formState);
        getContent().add(form);

        chip = Block.cached(chipKey(view), () -> chip(view));
        status = Block.cached(statusKey(view), () -> status(view));
        table = new CompanyTable(view);
        empty = Block.cached(view.key() + "|company-empty", () -> empty(view));
        tableWrap = new Div();
        tableWrap.addClassNames("table-wrap", "company-table-wrap");
        getContent().add(chip, status, tableWrap);
        // The headings sort, the chip clears the selection, the empty state clears the filter: the rest of the view stays.
        FollowedLinks.listen(this, "a.sort", link -> changes.follow(s -> s.forLinks().withSort(link.sort())));
        FollowedLinks.listen(this, "#company-segment-clear", link -> changes.follow(s -> s.forLinks().withNode(null)));
        FollowedLinks.listen(this, "#company-clear", link -> changes.follow(s -> s.forLinks().withQuery("").withLayers(Set.of()).withNode(null)));
        show(view);
    }

    @Override
    Text heading(PageView view) {
        return view.report().companies().heading();
    }

    @Override
    PageState shown(PageState state) {
        return state.forLinks().tableOnly();
    }

    @Override
    public void show(PageView view) {
        super.show(view);
        filter.show(view.state().q());
        layers.show(view);
        formState.show(formKey(view), () -> formState(view));
        chip.show(chipKey(view), () -> chip(view));
        status.show(statusKey(view), () -> status(view));
        table.show(view);
        Component shown = table.rows().isEmpty() ? empty : table;
        if (tableWrap.getChildren().findFirst().orElse(null) != shown) {
            tableWrap.removeAll();
            tableWrap.add(shown);
        }
    }

    /** The companies the table shows now (for tests). */
    java.util.List<org.ailandscape.report.model.Companies.Company> rows() {
        return table.rows();
    }

    private static String formKey(PageView view) {
        return view.key() + "|company-form|" + view.state().forLinks().withQuery("").withLayers(Set.of()).toQueryString();
    }

    private static String chipKey(PageView view) {
        return view.key() + "|company-chip|" + view.state().tableOnly().toQueryString();
    }

    private static String statusKey(PageView view) {
        return view.key() + "|company-status|" + view.state().tableOnly().toQueryString();
    }

    /** Without script the form needs the rest of the view (hidden fields) and a button; with it, the stylesheet hides the button. */
    private static Element formState(PageView view) {
        Reading reading = view.reading();
        Element actions = Markup.el("div", "form-actions");
        view.state().forLinks().withQuery("").withLayers(Set.of()).toParameters().forEach((name, value) ->
                actions.appendChild(Markup.el("input").setAttribute("type", "hidden").setAttribute("name", name).setAttribute("value", value)));
        actions.appendChild(Markup.text("button", reading.t("companies.apply"), "apply").setAttribute("type", "submit"));
        return actions;
    }

    private static Element chip(PageView view) {
        Reading reading = view.reading();
        Report report = view.report();
        PageState state = view.state();
        Element chip = Markup.el("p", "selection-chip").setAttribute("id", "company-segment-chip");
        if (state.node() != null) {
            Text name = ValueChainSection.nodeName(report, state.node());
            chip.appendChild(Markup.text("span", reading.t("companies.segmentFilter", reading.lead(name))));
            chip.appendChild(stateLink(Markup.text("a", reading.t("companies.segmentClear"), "chip-clear").setAttribute("id", "company-segment-clear")
                    .setAttribute("aria-label", reading.t("companies.segmentClearLabel", reading.lead(name))), state.tableOnly().withNode(null), Section.COMPANIES.id()));
        }
        return chip;
    }

    private static Element status(PageView view) {
        Reading reading = view.reading();
        PageState state = view.state();
        int shown = view.snapshot().companies(state.companyQuery(view.snapshot()), reading.lead()).size();
        Element status = Markup.el("div", "grid-status");
        status.appendChild(Markup.text("p", reading.t("companies.count", shown, view.report().companies().companies().size()), "count")
                .setAttribute("id", "company-count").setAttribute("aria-live", "polite"));
        String csvQuery = state.tableOnly().withLang(null).toQueryString();
        status.appendChild(Markup.link("api/companies.csv?lang=" + reading.lead().key() + (csvQuery.isEmpty() ? "" : "&" + csvQuery), reading.t("download.csv"), "download-link")
                .setAttribute("id", "company-csv").setAttribute("download", "").setAttribute("aria-label", reading.t("download.csvLabel")));
        return status;
    }

    private static Element empty(PageView view) {
        Reading reading = view.reading();
        Element empty = Markup.el("div", "empty-state").setAttribute("id", "company-empty");
        empty.appendChild(Markup.text("p", reading.t("companies.empty")));
        empty.appendChild(stateLink(Markup.text("a", reading.t("companies.clear"), "button-link").setAttribute("id", "company-clear"),
                view.state().tableOnly().withQuery("").withLayers(Set.of()).withNode(null), Section.COMPANIES.id()));
        return empty;
    }
}
