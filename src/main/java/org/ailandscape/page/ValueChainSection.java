package org.ailandscape.page;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import org.ailandscape.chart.EChart;
import org.ailandscape.figures.ChartFigures;
import org.ailandscape.figures.TierPalette;
import org.ailandscape.link.PageState;
import org.ailandscape.reading.PageView;
import org.ailandscape.reading.Reading;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Report;
import org.ailandscape.report.model.Text;
import org.ailandscape.report.model.ValueChain;
import org.jspecify.annotations.Nullable;

/**
 * The value chain: the Sankey (a click on a segment selects it), its links as a table, then the 19
 * segments by tier, each with a link that selects it (the keyboard's and the script-less way to do what
 * a click on the chart does). The selection filters the company table and shows as a chip.
 */
final class ValueChainSection extends SectionFrame {

    private final EChart sankey;
    private final Block chip;
    private final List<Block> tiers = new ArrayList<>();

    ValueChainSection(PageView view, ViewChanges changes) {
        super(Section.VALUE_CHAIN, view);
        Reading reading = view.reading();
        String chartName = reading.t("valueChain.chartName");
        sankey = sankey(view);
        sankey.addChartClickListener(event -> {
            if (event.key().isEmpty() || view.report().segment(event.key()).isEmpty()) return;
            changes.follow(s -> s.forLinks().withNode(event.key().equals(s.node()) ? null : event.key()));
        });
        Div scroller = new Div(sankey);
        scroller.addClassName("chart-scroller");
        scroller.getElement().setAttribute("tabindex", "0").setAttribute("role", "region").setAttribute("aria-label", chartName);
        getContent().add(scroller, Block.cached(view.key() + "|sankey-notes", () -> notes(view)));
        chip = Block.cached(chipKey(view), () -> chip(view));
        getContent().add(chip);
        ValueChain chain = view.report().valueChain();
        for (int t = 0; t < chain.tiers().size(); t++) {
            int index = t;
            Block tier = Block.cached(tierKey(index, view), () -> tier(index, view));
            tiers.add(tier);
            getContent().add(tier);
        }
        FollowedLinks.listen(this, "a.segment-select, #value-chain-clear", link -> changes.follow(s -> s.forLinks().withNode(link.node())));
        show(view);
    }

    @Override
    Text heading(PageView view) {
        return view.report().valueChain().heading();
    }

    @Override
    public void show(PageView view) {
        super.show(view);
        String node = view.state().node();
        sankey.setSelected(node == null ? List.of() : view.snapshot().segmentsFor(node));
        chip.show(chipKey(view), () -> chip(view));
        for (int t = 0; t < tiers.size(); t++) {
            int index = t;
            tiers.get(t).show(tierKey(index, view), () -> tier(index, view));
        }
    }

    /** The Sankey: the tiers as columns, the segments as nodes; the option names no selection (the chart shows it). */
    static EChart sankey(PageView view) {
        Reading reading = view.reading();
        EChart chart = new EChart("value-chain-chart", ChartFigures.src(ChartFigures.VALUE_CHAIN, view), 520,
                reading.t("valueChain.chartName"), reading.lead().htmlLang());
        chart.addClassName("sankey");
        return chart;
    }

    /** How to read the chart, and its actions: the links as a table, a PNG, Share. */
    static Element notes(PageView view) {
        Reading reading = view.reading();
        String chartName = reading.t("valueChain.chartName");
        Element notes = Markup.el("div", "chart-notes-block");
        notes.appendChild(Markup.el("div", "chart-caption").appendChild(Markup.text("p", reading.t("valueChain.chartCaption"))));
        Element table = Markup.el("div", "table-wrap").appendChild(Tables.of(ChartFigures.table(ChartFigures.VALUE_CHAIN, view).orElseThrow()));
        Element actions = ChartFigure.actions(ChartFigures.VALUE_CHAIN, "value-chain-chart", chartName, reading.t("valueChain.linksTable"), table, view);
        return notes.appendChild(actions);
    }

    private static String chipKey(PageView view) {
        return view.key() + "|vc-chip|" + view.state().languageOnly().withNode(view.state().node()).toQueryString();
    }

    /** A tier shows the selection only if it is the tier or one of its segments. */
    private static String tierKey(int index, PageView view) {
        ValueChain.Tier tier = view.report().valueChain().tiers().get(index);
        @Nullable String node = view.state().node();
        boolean here = node != null && (node.equals(tier.id()) || view.snapshot().segmentsOf(tier.id()).stream().anyMatch(s -> s.id().equals(node)));
        return view.key() + "|tier|" + index + "|" + (here ? node : "");
    }

    /** The selection, always there (empty without one), so that screen readers announce a new selection. */
    private static Element chip(PageView view) {
        Reading reading = view.reading();
        Report report = view.report();
        @Nullable String selected = view.state().node();
        Element chip = Markup.el("p", "selection-chip").setAttribute("id", "value-chain-selection").setAttribute("aria-live", "polite");
        if (selected != null) {
            chip.appendChild(Markup.text("span", reading.t("valueChain.selected", reading.lead(nodeName(report, selected)))));
            chip.appendChild(stateLink(Markup.text("a", reading.t("valueChain.clear"), "chip-clear").setAttribute("id", "value-chain-clear"),
                    view.state().languageOnly(), ""));
        }
        return chip;
    }

    static Text nodeName(Report report, String node) {
        return report.segment(node).map(ValueChain.Segment::name).or(() -> report.tier(node).map(ValueChain.Tier::name)).orElse(new Text(node, node));
    }

    private static Element tier(int index, PageView view) {
        Reading reading = view.reading();
        ValueChain.Tier tier = view.report().valueChain().tiers().get(index);
        @Nullable String selected = view.state().node();
        Element group = Markup.el("section", "tier").setAttribute("id", "tier-" + tier.id())
                .setAttribute("style", "--tier-colour: " + TierPalette.colour(index)).setAttribute("aria-labelledby", "tier-" + tier.id() + "-title");
        if (tier.id().equals(selected)) group.getClassList().add("selected");
        Element title = Markup.el("h3", "tier-title").setAttribute("id", "tier-" + tier.id() + "-title");
        Markup.bilingual(title, "span", tier.name(), reading);
        group.appendChild(title);
        Element cards = Markup.el("div", "card-grid", "segment-grid");
        for (ValueChain.Segment segment : view.snapshot().segmentsOf(tier.id())) cards.appendChild(segmentCard(segment, view));
        return group.appendChild(cards);
    }

    private static Element segmentCard(ValueChain.Segment segment, PageView view) {
        Reading reading = view.reading();
        @Nullable String selected = view.state().node();
        Element card = Markup.el("article", "card", "segment-card").setAttribute("id", "segment-" + segment.id());
        boolean chosen = segment.id().equals(selected);
        if (chosen || segment.tier().equals(selected)) card.getClassList().add("selected");
        Element category = Markup.el("p", "segment-category");
        Markup.bilingual(category, "span", segment.category(), reading);
        card.appendChild(category);
        Element name = Markup.el("h4", "segment-name");
        Markup.bilingual(name, "span", segment.name(), reading);
        card.appendChild(name);
        Markup.bilingual(card, "p", segment.description(), reading, "segment-text");
        PageState target = view.state().languageOnly().withNode(chosen ? null : segment.id());
        Element select = Markup.text("a", reading.t(chosen ? "valueChain.showAll" : "valueChain.showCompanies"), "segment-select")
                .setAttribute("id", "select-" + segment.id());
        if (chosen) select.setAttribute("aria-current", "true");
        card.appendChild(stateLink(select, target, "segment-" + segment.id()));
        if (!segment.companies().isEmpty()) {
            Element list = Markup.el("ul", "company-chips").setAttribute("aria-label", reading.t("valueChain.companies"));
            for (Text company : segment.companies()) {
                Element item = Markup.el("li");
                Markup.bilingual(item, "span", company, reading);
                list.appendChild(item);
            }
            card.appendChild(list);
        }
        return card;
    }
}
