package org.ailandscape.page;

import java.util.List;
import org.ailandscape.chart.ChartElement;
import org.ailandscape.link.PageState;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Report;
import org.ailandscape.report.model.Text;
import org.ailandscape.report.model.ValueChain;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The value chain: the Sankey (a click on a segment selects it), its links as a table, then the 19
 * segments by tier, each with a link that selects it (the keyboard's and the script-less way to do what
 * a click on the chart does). The selection filters the company table and shows as a chip.
 */
final class ValueChainSection {

    private ValueChainSection() {}

    static Element render(PageView view) {
        Reading reading = view.reading();
        Report report = view.report();
        ValueChain chain = report.valueChain();
        @Nullable String selected = view.state().node();
        Element section = SectionFrame.of(Section.VALUE_CHAIN, chain.heading(), view);

        chartParts(view).forEach(section::appendChild);

        // Always there (empty without a selection), so that screen readers announce a new selection.
        Element chip = Fragments.el("p", "selection-chip").attr("id", "value-chain-selection").attr("aria-live", "polite");
        if (selected != null) {
            Text name = report.segment(selected).map(ValueChain.Segment::name)
                    .or(() -> report.tier(selected).map(ValueChain.Tier::name)).orElse(new Text(selected, selected));
            chip.appendChild(Fragments.chrome("span", reading.t("valueChain.selected", reading.lead(name)), reading));
            chip.appendChild(SectionFrame.stateLink(Fragments.chrome("a", reading.t("valueChain.clear"), reading, "chip-clear")
                    .attr("id", "value-chain-clear"), view.state().forLinks().withNode(null), ""));
        }
        section.appendChild(chip);

        for (int t = 0; t < chain.tiers().size(); t++) {
            ValueChain.Tier tier = chain.tiers().get(t);
            Element group = Fragments.el("section", "tier").attr("id", "tier-" + tier.id())
                    .attr("style", "--tier-colour: " + TierPalette.colour(t)).attr("aria-labelledby", "tier-" + tier.id() + "-title");
            if (tier.id().equals(selected)) group.addClass("selected");
            Element title = Fragments.el("h3", "tier-title").attr("id", "tier-" + tier.id() + "-title");
            Fragments.bilingual(title, "span", tier.name(), reading);
            group.appendChild(title);
            Element cards = Fragments.el("div", "card-grid", "segment-grid");
            for (ValueChain.Segment segment : view.snapshot().segmentsOf(tier.id())) cards.appendChild(segmentCard(segment, view));
            group.appendChild(cards);
            section.appendChild(group);
        }
        return section;
    }

    private static Element segmentCard(ValueChain.Segment segment, PageView view) {
        Reading reading = view.reading();
        @Nullable String selected = view.state().node();
        Element card = Fragments.el("article", "card", "segment-card").attr("id", "segment-" + segment.id());
        boolean chosen = segment.id().equals(selected);
        if (chosen || segment.tier().equals(selected)) card.addClass("selected");
        Element category = Fragments.el("p", "segment-category");
        Fragments.bilingual(category, "span", segment.category(), reading);
        card.appendChild(category);
        Element name = Fragments.el("h4", "segment-name");
        Fragments.bilingual(name, "span", segment.name(), reading);
        card.appendChild(name);
        Fragments.bilingual(card, "p", segment.description(), reading, "segment-text");
        PageState target = view.state().forLinks().withNode(chosen ? null : segment.id());
        Element select = Fragments.chrome("a", reading.t(chosen ? "valueChain.showAll" : "valueChain.showCompanies"), reading, "segment-select")
                .attr("data-segment", segment.id());
        if (chosen) select.attr("aria-current", "true");
        card.appendChild(SectionFrame.stateLink(select, target, "segment-" + segment.id()));
        if (!segment.companies().isEmpty()) {
            Element list = Fragments.el("ul", "company-chips").attr("aria-label", reading.t("valueChain.companies"));
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
    /** The Sankey, its caption and its actions (the links as a table, downloads, share). */
    private static java.util.List<Element> chartParts(PageView view) {
        Reading reading = view.reading();
        String chartName = reading.t("valueChain.chartName");
        Element scroller = Fragments.el("div", "chart-scroller").attr("tabindex", "0").attr("role", "region").attr("aria-label", chartName);
        scroller.appendChild(ChartElement.of("value-chain-chart", ChartFigures.src(ChartFigures.VALUE_CHAIN, view), 520, chartName,
                reading.lead().htmlLang()).addClass("sankey"));
        Element caption = Fragments.el("div", "chart-caption").appendChild(Fragments.chrome("p", reading.t("valueChain.chartCaption"), reading));
        Element details = Fragments.el("details", "chart-table-toggle");
        details.appendChild(Fragments.chrome("summary", reading.t("valueChain.linksTable"), reading));
        details.appendChild(Fragments.el("div", "chart-table").appendChild(linksTable(view.report(), reading)));
        Element actions = Fragments.el("div", "chart-actions").appendChild(details)
                .appendChild(ChartFigures.pngButton("value-chain-png", "value-chain-chart", "value-chain.png", chartName, reading))
                .appendChild(ShareMenu.forChart(ChartFigures.VALUE_CHAIN, "value-chain-chart", chartName, view));
        return java.util.List.of(scroller, caption, actions);
    }

    /** The Sankey on its own, with its title, for an embed. */
    static Element chartFigure(PageView view) {
        Reading reading = view.reading();
        Element figure = Fragments.el("figure", "card", "figure-chart", "value-chain-figure").attr("id", "chart-value-chain");
        figure.appendChild(Fragments.el("h3", "chart-title").text(reading.lead(view.report().valueChain().heading())));
        chartParts(view).forEach(figure::appendChild);
        return figure;
    }

    static Element linksTable(Report report, Reading reading) {
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
        return Fragments.el("div", "table-wrap").appendChild(table.appendChild(body));
    }
}
