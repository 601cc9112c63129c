package org.ailandscape.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ailandscape.report.CompanyQuery;
import org.ailandscape.report.ReportService;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Companies;
import org.ailandscape.report.model.Companies.Company;
import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Report;
import org.ailandscape.report.model.Text;
import org.jspecify.annotations.Nullable;

/**
 * The notable companies: a grid whose every column sorts (scale by amount, unknowns last), a text
 * filter matched in both languages as you type, a layer filter, the value-chain selection as a chip,
 * a count, and an empty state with a way out.
 */
class CompaniesSection extends ReportSection {

    private static final String TEXT_CELL = """
            <span lang="${item.lang}">${item.text}</span>\
            <span class="alt" lang="${item.altLang}" ?hidden="${!item.alt}">${item.alt}</span>""";
    private static final String COMPACT_CELL = """
            <div class="compact-company">\
            <strong lang="${item.lang}">${item.name}</strong> <span class="layer-badge" lang="${item.lang}">${item.layer}</span>\
            <span class="compact-role" lang="${item.lang}">${item.role}</span>\
            <span class="compact-role alt" lang="${item.altLang}" ?hidden="${!item.altRole}">${item.altRole}</span>\
            </div>""";

    private final ReportService service;
    private final TextField filter = new TextField();
    private final MultiSelectComboBox<Companies.Layer> layers = new MultiSelectComboBox<>();
    private final Div segmentChip = new Div();
    private final Span segmentChipText = new Span();
    private final Button segmentChipClear = new Button();
    private final Paragraph count = new Paragraph();
    private final com.vaadin.flow.component.html.Anchor csv = new com.vaadin.flow.component.html.Anchor();
    private final Grid<Company> grid = new Grid<>();
    private final Div empty = new Div();
    private final Paragraph emptyText = new Paragraph();
    private final Button clearFilters = new Button();
    private final Map<CompanyQuery.Column, Grid.Column<Company>> columns = new EnumMap<>(CompanyQuery.Column.class);
    private final Grid.Column<Company> compactColumn;
    private final HtmlFragment heading = new HtmlFragment();
    private CompanyQuery query = CompanyQuery.ALL;
    private @Nullable String segmentSelection;
    private Reading reading;
    private boolean compact;
    private Runnable userChange = () -> { };
    private Runnable clearSegmentRequest = () -> { };

    CompaniesSection(ReportService service, Reading initial) {
        super(Section.COMPANIES);
        this.service = service;
        this.reading = initial;

        filter.setId("company-filter");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setValueChangeTimeout(250);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> {
            update(query.withText(e.getValue()));
            if (e.isFromClient()) userChange.run();
        });

        layers.setId("company-layers");
        layers.setItems(service.report().companies().layers());
        layers.setItemLabelGenerator(l -> reading.lead(l.name()));
        layers.addValueChangeListener(e -> {
            update(query.withLayers(e.getValue().stream().map(Companies.Layer::id).collect(Collectors.toSet())));
            if (e.isFromClient()) userChange.run();
        });

        segmentChip.addClassName("selection-chip");
        segmentChip.setId("company-segment-chip");
        segmentChipClear.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        segmentChipClear.setId("company-segment-clear");
        segmentChipClear.addClickListener(e -> clearSegmentRequest.run());
        segmentChip.add(segmentChipText, segmentChipClear);
        segmentChip.setVisible(false);

        csv.setId("company-csv");
        csv.addClassName("download-link");
        csv.getElement().setAttribute("download", true);
        csv.getElement().setAttribute("router-ignore", true);
        Div controls = new Div(filter, layers);
        controls.addClassName("grid-controls");
        count.setId("company-count");
        count.addClassName("count");
        count.getElement().setAttribute("aria-live", "polite");

        grid.setId("company-grid");
        grid.addClassName("company-grid");
        grid.setAllRowsVisible(true);
        grid.setMultiSort(false);
        compactColumn = grid.addColumn(LitRenderer.<Company>of(COMPACT_CELL)
                        .withProperty("name", c -> reading.lead(c.name()))
                        .withProperty("layer", c -> layerName(c, reading.lead()))
                        .withProperty("role", c -> reading.lead(c.description()))
                        .withProperty("altRole", c -> alt(c.description()))
                        .withProperty("lang", c -> reading.lead().htmlLang())
                        .withProperty("altLang", c -> reading.lead().other().htmlLang()))
                .setKey("compact").setSortProperty(CompanyQuery.Column.COMPANY.name()).setFlexGrow(3);
        columns.put(CompanyQuery.Column.COMPANY, textColumn(c -> c.name(), "company", 1));
        columns.put(CompanyQuery.Column.LAYER, textColumn(c -> layerText(c), "layer", 1));
        columns.put(CompanyQuery.Column.ROLE, textColumn(Company::description, "role", 4));
        columns.put(CompanyQuery.Column.SCALE, textColumn(c -> c.scale().display(), "scale", 1));
        columns.get(CompanyQuery.Column.SCALE).setTextAlign(ColumnTextAlign.END);
        grid.setItems(q -> service.companies(query.withSort(sortOf(q.getSortOrders())), reading.lead())
                        .stream().skip(q.getOffset()).limit(q.getLimit()),
                q -> service.companies(query, reading.lead()).size());
        grid.addSortListener(e -> {
            if (e.isFromClient()) userChange.run();
        });

        empty.setId("company-empty");
        empty.addClassName("empty-state");
        clearFilters.setId("company-clear");
        clearFilters.addClickListener(e -> {
            clearAll();
            userChange.run();
        });
        empty.add(emptyText, clearFilters);

        Div status = new Div(count, csv);
        status.addClassName("grid-status");
        add(controls, segmentChip, status, grid, empty);
        setCompact(false);
    }

    private Grid.Column<Company> textColumn(Function<Company, Text> text, String key, int flex) {
        return grid.addColumn(LitRenderer.<Company>of(TEXT_CELL)
                        .withProperty("text", c -> text.apply(c).in(reading.lead()))
                        .withProperty("alt", c -> alt(text.apply(c)))
                        .withProperty("lang", c -> reading.lead().htmlLang())
                        .withProperty("altLang", c -> reading.lead().other().htmlLang()))
                .setKey(key).setSortProperty(key.toUpperCase()).setFlexGrow(flex).setResizable(true);
    }

    private String alt(Text text) {
        if (!reading.both() || text.isSameInBoth() || !text.has(reading.lead().other())) return "";
        return text.in(reading.lead().other());
    }

    private Text layerText(Company company) {
        return service.report().layer(company.layer()).map(Companies.Layer::name).orElse(new Text(company.layer(), company.layer()));
    }

    private String layerName(Company company, Language language) {
        return layerText(company).in(language);
    }

    private static CompanyQuery.@Nullable Sort sortOf(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        if (orders.isEmpty()) return null;
        var order = orders.getFirst();
        return new CompanyQuery.Sort(CompanyQuery.Column.valueOf(order.getSorted()), order.getDirection() == SortDirection.ASCENDING);
    }

    Grid<Company> grid() {
        return grid;
    }

    TextField filter() {
        return filter;
    }

    MultiSelectComboBox<Companies.Layer> layers() {
        return layers;
    }

    CompanyQuery query() {
        return query;
    }

    /** The sort the reader chose on the grid, if any. */
    CompanyQuery.@Nullable Sort sort() {
        List<GridSortOrder<Company>> orders = grid.getSortOrder();
        if (orders.isEmpty()) return null;
        GridSortOrder<Company> order = orders.getFirst();
        String key = order.getSorted().getKey();
        CompanyQuery.Column column = "compact".equals(key) ? CompanyQuery.Column.COMPANY : CompanyQuery.Column.valueOf(key.toUpperCase());
        return new CompanyQuery.Sort(column, order.getDirection() == SortDirection.ASCENDING);
    }

    /** Called after the reader changes the filter or the sort (not when the page restores them from a link). */
    void onUserChange(Runnable listener) {
        this.userChange = listener;
    }

    /** Called when the reader removes the value-chain chip: whoever owns the selection clears it. */
    void onClearSegmentRequest(Runnable listener) {
        this.clearSegmentRequest = listener;
    }

    /** Restores the filter and sort of a link. Unknown layer ids are ignored. */
    void restore(String text, Set<String> layerIds, CompanyQuery.@Nullable Sort sort) {
        if (!filter.getValue().equals(text)) filter.setValue(text);
        Set<Companies.Layer> chosen = service.report().companies().layers().stream()
                .filter(l -> layerIds.contains(l.id())).collect(Collectors.toSet());
        if (!layers.getValue().equals(chosen)) layers.setValue(chosen);
        CompanyQuery.Sort current = sort();
        if (!java.util.Objects.equals(current, sort)) {
            if (sort == null) {
                grid.sort(List.of());
            } else {
                Grid.Column<Company> column = compact && sort.column() == CompanyQuery.Column.COMPANY ? compactColumn : columns.get(sort.column());
                grid.sort(List.of(new GridSortOrder<>(column, sort.ascending() ? SortDirection.ASCENDING : SortDirection.DESCENDING)));
            }
        }
    }

    /** Filters to the companies of these value-chain segments (from a Sankey selection); empty for all. */
    void setSegments(@Nullable String selectionId, Set<String> segmentIds) {
        segmentChip.setVisible(!segmentIds.isEmpty());
        segmentSelection = selectionId;
        update(query.withSegments(segmentIds));
        localizeChip();
    }

    private void clearAll() {
        filter.clear();
        layers.clear();
        clearSegmentRequest.run();
        update(CompanyQuery.ALL.withSort(query.sort()));
    }

    private void update(CompanyQuery newQuery) {
        query = newQuery;
        grid.getDataProvider().refreshAll();
        int shown = service.companies(query, reading.lead()).size();
        int total = service.report().companies().companies().size();
        count.setText(reading.t("companies.count", shown, total));
        grid.setVisible(shown > 0);
        empty.setVisible(shown == 0);
    }

    /** Narrow screens get one company column with the layer and description inside it. */
    void setCompact(boolean compact) {
        this.compact = compact;
        compactColumn.setVisible(compact);
        columns.get(CompanyQuery.Column.COMPANY).setVisible(!compact);
        columns.get(CompanyQuery.Column.LAYER).setVisible(!compact);
        columns.get(CompanyQuery.Column.ROLE).setVisible(!compact);
    }

    /** Points the CSV download at the API with the page's parameters (the current filter, sort and language). */
    void setCsvQuery(String queryString) {
        csv.setHref("api/companies.csv" + (queryString.isEmpty() ? "" : "?" + queryString));
    }

    private void localizeChip() {
        String selection = segmentSelection;
        Report report = service.report();
        if (selection != null) {
            Text name = report.segment(selection).map(s -> s.name())
                    .or(() -> report.tier(selection).map(t -> t.name())).orElse(new Text(selection, selection));
            segmentChipText.setText(reading.t("companies.segmentFilter", reading.lead(name)));
            segmentChipClear.setText(reading.t("companies.segmentClear"));
            segmentChipClear.setAriaLabel(reading.t("companies.segmentClearLabel", reading.lead(name)));
        }
    }

    @Override
    protected void localizeContent(Reading newReading) {
        this.reading = newReading;
        Companies companies = service.report().companies();
        heading(companies.heading(), reading);
        filter.setLabel(reading.t("companies.filter"));
        filter.setPlaceholder(reading.t("companies.filterPlaceholder"));
        layers.setLabel(reading.t("companies.layers"));
        layers.setPlaceholder(reading.t("companies.allLayers"));
        layers.setItemLabelGenerator(l -> reading.lead(l.name()));
        columns.get(CompanyQuery.Column.COMPANY).setHeader(reading.lead(companies.columns().company()));
        columns.get(CompanyQuery.Column.LAYER).setHeader(reading.lead(companies.columns().layer()));
        columns.get(CompanyQuery.Column.ROLE).setHeader(reading.lead(companies.columns().role()));
        columns.get(CompanyQuery.Column.SCALE).setHeader(reading.lead(companies.columns().scale()));
        compactColumn.setHeader(reading.lead(companies.columns().company()));
        grid.setAriaLabel(reading.lead(companies.heading()));
        emptyText.setText(reading.t("companies.empty"));
        csv.setText(reading.t("download.csv"));
        csv.getElement().setAttribute("aria-label", reading.t("download.csvLabel"));
        clearFilters.setText(reading.t("companies.clear"));
        localizeChip();
        update(query);
    }
}
