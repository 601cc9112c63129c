package org.ailandscape.page;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.ailandscape.reading.PageView;
import org.ailandscape.reading.Reading;
import org.ailandscape.report.CompanyQuery;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Companies;
import org.ailandscape.report.model.Companies.Company;
import org.ailandscape.report.model.Report;
import org.ailandscape.report.model.Text;
import org.jspecify.annotations.Nullable;

/**
 * The notable companies as a sortable table ({@link NativeTable}): every column sorts (scale by the
 * dollar amount, unknowns last; text by the language's collation), every row is in the page (so the
 * browser's find-in-page finds every company), and at phone width each row reads as a card. A column
 * heading is a link that sorts by it: ascending, then descending, then the report's order.
 *
 * <p>The heading row and the rows are one {@link Block} each, shared by every reader of the same query.
 */
final class CompanyTable extends Composite<NativeTable> {

    /** The column keys of the URL's {@code sort}, in the table's order, as classes of their cells. */
    private static final Map<CompanyQuery.Column, String> CLASSES = Map.of(
            CompanyQuery.Column.COMPANY, "col-company", CompanyQuery.Column.LAYER, "col-layer",
            CompanyQuery.Column.ROLE, "col-role", CompanyQuery.Column.SCALE, "col-scale");

    private final Block head;
    private final Block body;
    private List<Company> rows = List.of();

    CompanyTable(PageView view) {
        NativeTable table = getContent();
        table.setId("company-table");
        table.addClassName("company-table");
        table.getElement().setAttribute("aria-describedby", "company-count");
        table.getElement().setAttribute("aria-label", view.reading().lead(view.report().companies().heading()));
        head = Block.cached(headKey(view), () -> head(view));
        body = Block.cached(bodyKey(view), () -> body(view));
        table.getElement().appendChild(head.getElement(), body.getElement());
        show(view);
    }

    /** The companies the view's query selects, in its order (what the rows show). */
    List<Company> rows() {
        return rows;
    }

    void show(PageView view) {
        rows = view.snapshot().companies(view.state().companyQuery(view.snapshot()), view.reading().lead());
        head.show(headKey(view), () -> head(view));
        body.show(bodyKey(view), () -> body(view));
    }

    private static String headKey(PageView view) {
        return view.key() + "|company-head|" + view.state().tableOnly().toQueryString();
    }

    private static String bodyKey(PageView view) {
        List<Company> shown = view.snapshot().companies(view.state().companyQuery(view.snapshot()), view.reading().lead());
        return view.key() + "|company-rows|" + String.join(",", shown.stream().map(Company::id).toList());
    }

    private static Element head(PageView view) {
        Companies.Columns names = view.report().companies().columns();
        Element row = Markup.el("tr");
        row.appendChild(header(CompanyQuery.Column.COMPANY, names.company(), view), header(CompanyQuery.Column.LAYER, names.layer(), view),
                header(CompanyQuery.Column.ROLE, names.role(), view), header(CompanyQuery.Column.SCALE, names.scale(), view));
        return Markup.el("thead").appendChild(row);
    }

    /** A column heading: a link that sorts by it (ascending, then descending, then the report's order). */
    private static Element header(CompanyQuery.Column column, Text name, PageView view) {
        Reading reading = view.reading();
        CompanyQuery.@Nullable Sort sort = view.state().sort();
        boolean sorted = sort != null && sort.column() == column;
        CompanyQuery.@Nullable Sort next = !sorted ? new CompanyQuery.Sort(column, true) : sort.ascending() ? new CompanyQuery.Sort(column, false) : null;
        Element th = Markup.el("th", CLASSES.get(column)).setAttribute("scope", "col");
        if (sorted) th.setAttribute("aria-sort", sort.ascending() ? "ascending" : "descending");
        Element link = Markup.text("a", reading.lead(name), "sort").setAttribute("id", "sort-" + column.name().toLowerCase(Locale.ROOT));
        link.appendChild(Markup.el("span", "sort-icon").setAttribute("aria-hidden", "true"));
        th.appendChild(SectionFrame.stateLink(link, view.state().tableOnly().withSort(next), Section.COMPANIES.id()));
        return th;
    }

    private static Element body(PageView view) {
        Reading reading = view.reading();
        Report report = view.report();
        Companies.Columns names = report.companies().columns();
        Function<Company, Text> layerName = c -> report.layer(c.layer()).map(Companies.Layer::name).orElse(new Text(c.layer(), c.layer()));
        Element body = Markup.el("tbody");
        for (Company company : view.snapshot().companies(view.state().companyQuery(view.snapshot()), reading.lead())) {
            Element row = Markup.el("tr").setAttribute("id", "company-" + company.id());
            Element name = Markup.el("th", CLASSES.get(CompanyQuery.Column.COMPANY)).setAttribute("scope", "row");
            Markup.bilingual(name, "span", company.name(), reading);
            row.appendChild(name);
            row.appendChild(cell(CompanyQuery.Column.LAYER, names.layer(), layerName.apply(company), reading));
            row.appendChild(cell(CompanyQuery.Column.ROLE, names.role(), company.description(), reading));
            row.appendChild(cell(CompanyQuery.Column.SCALE, names.scale(), company.scale().display(), reading));
            body.appendChild(row);
        }
        return body;
    }

    private static Element cell(CompanyQuery.Column column, Text columnName, Text text, Reading reading) {
        Element td = Markup.el("td", CLASSES.get(column)).setAttribute("data-label", reading.lead(columnName));
        Markup.bilingual(td, "span", text, reading);
        return td;
    }
}
