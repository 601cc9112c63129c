package org.ailandscape.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Consumer;
import org.ailandscape.chart.EChart;
import org.ailandscape.report.ReportService;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Report;
import org.ailandscape.report.model.Text;
import org.ailandscape.report.model.ValueChain;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The value chain: the Sankey at the top (clicking a segment selects it), then the 19 segments by tier.
 * The selection is shown as a removable chip and handed to whoever listens (the company table).
 */
class ValueChainSection extends ReportSection {

    private final ReportService service;
    private final EChart chart = new EChart();
    private final HtmlFragment caption = new HtmlFragment("chart-caption");
    private final Div selection = new Div();
    private final Span selectionText = new Span();
    private final Button clearSelection = new Button();
    private final HtmlFragment segments = new HtmlFragment("segments");
    private final Details linksDetails = new Details();
    private final HtmlFragment linksTable = new HtmlFragment("chart-table");
    private final Button download = new Button();
    private @Nullable String selected;
    private @Nullable Reading reading;
    private Consumer<@Nullable String> selectionListener = id -> { };

    ValueChainSection(ReportService service) {
        super(Section.VALUE_CHAIN);
        this.service = service;
        chart.addClassName("sankey");
        chart.setId("value-chain-chart");
        chart.setWidthFull();
        chart.setHeight("520px");
        chart.addChartClickListener(event -> {
            if (event.isNode()) select(event.getId().equals(selected) ? null : event.getId());
        });
        Div scroller = new Div(chart);
        scroller.addClassName("chart-scroller");
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "region");

        selection.addClassName("selection-chip");
        selection.setId("value-chain-selection");
        selection.getElement().setAttribute("aria-live", "polite");
        clearSelection.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        clearSelection.addClickListener(e -> select(null));
        clearSelection.setId("value-chain-clear");
        selection.add(selectionText, clearSelection);
        selection.setVisible(false);

        linksDetails.add(linksTable);
        linksDetails.addClassName("chart-table-toggle");
        download.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        download.setId("value-chain-png");
        download.addClickListener(e -> chart.getElement().callJsFunction("downloadPng", "value-chain.png"));
        Div actions = new Div(linksDetails, download);
        actions.addClassName("chart-actions");

        // The segment cards carry a "show companies" button each: the keyboard's way to do what a click
        // on a Sankey node does. One listener on the fragment serves all of them.
        segments.getElement().addEventListener("click", event -> {
            var value = event.getEventData().get("event.target.closest('button[data-segment]')?.dataset.segment");
            if (value != null && value.isString() && !value.asString().isEmpty()) {
                String segment = value.asString();
                select(segment.equals(selected) ? null : segment);
            }
        }).addEventData("event.target.closest('button[data-segment]')?.dataset.segment");

        add(scroller, caption, actions, selection, segments);
    }

    EChart chart() {
        return chart;
    }

    @Nullable String selected() {
        return selected;
    }

    void onSelect(Consumer<@Nullable String> listener) {
        this.selectionListener = listener;
    }

    /** Selects a segment or tier (by id), or clears the selection with null. Unknown ids clear it. */
    void select(@Nullable String id) {
        Report report = service.report();
        boolean known = id != null && (report.segment(id).isPresent() || report.tier(id).isPresent());
        selected = known ? id : null;
        if (reading != null) localizeContent(reading);
        selectionListener.accept(selected);
    }

    @Override
    protected void localizeContent(Reading reading) {
        this.reading = reading;
        Report report = service.report();
        ValueChain chain = report.valueChain();
        heading(chain.heading(), reading);
        chart.setOption(ValueChainChart.option(report, reading, selected));
        chart.setAccessibleName(reading.t("valueChain.chartName"));
        chart.getParent().ifPresent(p -> p.getElement().setAttribute("aria-label", reading.t("valueChain.chartName")));

        Element captionRoot = Fragments.el("div");
        captionRoot.appendChild(Fragments.chrome("p", reading.t("valueChain.chartCaption"), reading));
        caption.show(captionRoot);

        linksDetails.setSummaryText(reading.t("valueChain.linksTable"));
        download.setText(reading.t("chart.download"));
        download.setAriaLabel(reading.t("chart.downloadLabel", reading.t("valueChain.chartName")));
        linksTable.show(linksTable(report, reading));

        selection.setVisible(selected != null);
        if (selected != null) {
            Text name = report.segment(selected).map(ValueChain.Segment::name)
                    .or(() -> report.tier(selected).map(ValueChain.Tier::name)).orElseThrow();
            selectionText.setText(reading.t("valueChain.selected", reading.lead(name)));
            selectionText.getElement().setAttribute("lang", reading.chrome().htmlLang());
            clearSelection.setText(reading.t("valueChain.clear"));
        }

        Element root = Fragments.el("div");
        for (int t = 0; t < chain.tiers().size(); t++) {
            ValueChain.Tier tier = chain.tiers().get(t);
            Element group = Fragments.el("section", "tier").attr("id", "tier-" + tier.id())
                    .attr("style", "--tier-colour: " + TierPalette.colour(t));
            Element title = Fragments.el("h3", "tier-title");
            Fragments.bilingual(title, "span", tier.name(), reading);
            group.attr("aria-labelledby", "tier-" + tier.id() + "-title");
            title.attr("id", "tier-" + tier.id() + "-title");
            group.appendChild(title);
            Element cards = Fragments.el("div", "card-grid", "segment-grid");
            for (ValueChain.Segment segment : service.segmentsOf(tier.id())) {
                cards.appendChild(segmentCard(segment, reading));
            }
            group.appendChild(cards);
            root.appendChild(group);
        }
        segments.show(root);
    }

    private Element segmentCard(ValueChain.Segment segment, Reading reading) {
        Element card = Fragments.el("article", "card", "segment-card").attr("id", "segment-" + segment.id());
        if (segment.id().equals(selected) || (selected != null && segment.tier().equals(selected))) card.addClass("selected");
        Element category = Fragments.el("p", "segment-category");
        Fragments.bilingual(category, "span", segment.category(), reading);
        card.appendChild(category);
        Element name = Fragments.el("h4", "segment-name");
        Fragments.bilingual(name, "span", segment.name(), reading);
        card.appendChild(name);
        Fragments.bilingual(card, "p", segment.description(), reading, "segment-text");
        boolean chosen = segment.id().equals(selected);
        card.appendChild(Fragments.chrome("button", reading.t(chosen ? "valueChain.showAll" : "valueChain.showCompanies"), reading, "segment-select")
                .attr("type", "button").attr("data-segment", segment.id()).attr("aria-pressed", Boolean.toString(chosen)));
        if (!segment.companies().isEmpty()) {
            Element list = Fragments.el("ul", "company-chips");
            list.attr("aria-label", reading.t("valueChain.companies"));
            for (Text company : segment.companies()) {
                Element item = Fragments.el("li");
                Fragments.bilingual(item, "span", company, reading);
                list.appendChild(item);
            }
            card.appendChild(list);
        }
        return card;
    }

    /** The Sankey's links as a table: from, to, and why the link is there. */
    private static Element linksTable(Report report, Reading reading) {
        Element table = Fragments.el("table");
        table.appendChild(Fragments.chrome("caption", reading.t("valueChain.chartName"), reading));
        Element head = Fragments.el("tr");
        for (String key : List.of("valueChain.column.from", "valueChain.column.to", "valueChain.column.basis")) {
            head.appendChild(Fragments.chrome("th", reading.t(key), reading).attr("scope", "col"));
        }
        table.appendChild(Fragments.el("thead").appendChild(head));
        Element body = Fragments.el("tbody");
        for (ValueChain.Link link : report.valueChain().links()) {
            Element row = Fragments.el("tr");
            Element from = Fragments.el("td");
            Fragments.bilingual(from, "span", report.segment(link.from()).orElseThrow().name(), reading);
            Element to = Fragments.el("td");
            Fragments.bilingual(to, "span", report.segment(link.to()).orElseThrow().name(), reading);
            Element basis = Fragments.el("td");
            if (link.basis().kind() == ValueChain.BasisKind.REPORT && link.basis().quote() != null) {
                basis.appendChild(Fragments.chrome("span", reading.t("valueChain.basisReport") + " ", reading));
                Fragments.bilingual(basis, "q", link.basis().quote(), reading);
            } else {
                basis.appendChild(Fragments.chrome("span", reading.t("valueChain.basisTierOrder"), reading));
            }
            body.appendChild(row.appendChild(from).appendChild(to).appendChild(basis));
        }
        return Fragments.el("div").appendChild(Fragments.el("div", "table-wrap").appendChild(table.appendChild(body)));
    }
}
