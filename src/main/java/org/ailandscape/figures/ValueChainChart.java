package org.ailandscape.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ailandscape.report.model.Report;
import org.ailandscape.report.model.Text;
import org.ailandscape.report.model.ValueChain;
import org.ailandscape.reading.PageView;
import org.ailandscape.reading.Reading;
import org.jsoup.nodes.Entities;

/**
 * The ECharts option of the value-chain Sankey: tiers as columns, segments as nodes, the links of the
 * data. The report sizes no flow, so every link has the same width (1): widths carry no magnitude.
 * Tooltip text is HTML-escaped here, since ECharts renders tooltips as HTML. The option is the same
 * whatever is selected (the chart element shows the selection), so every reader of a version and a
 * reading shares one.
 */
final class ValueChainChart {

    private ValueChainChart() {}

    static Map<String, Object> option(PageView view) {
        Report report = view.report();
        Reading reading = view.reading();
        ValueChain chain = report.valueChain();
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (ValueChain.Segment segment : chain.segments()) {
            int tier = tierIndex(chain, segment.tier());
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("key", segment.id());
            node.put("name", nodeName(segment, reading));
            node.put("depth", tier);
            Map<String, Object> style = new LinkedHashMap<>();
            style.put("color", TierPalette.colour(tier));
            node.put("itemStyle", style);
            node.put("tooltip", Map.of("formatter", nodeTooltip(report, segment, reading)));
            nodes.add(node);
        }
        List<Map<String, Object>> links = new ArrayList<>();
        for (ValueChain.Link link : chain.links()) {
            ValueChain.Segment from = report.segment(link.from()).orElseThrow();
            ValueChain.Segment to = report.segment(link.to()).orElseThrow();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("key", link.from() + ">" + link.to());
            entry.put("source", nodeName(from, reading));
            entry.put("target", nodeName(to, reading));
            entry.put("value", 1);
            entry.put("tooltip", Map.of("formatter", linkTooltip(from, to, link.basis(), reading)));
            links.add(entry);
        }

        Map<String, Object> series = new LinkedHashMap<>();
        series.put("type", "sankey");
        series.put("name", reading.t("valueChain.chartName"));
        series.put("orient", "horizontal");
        series.put("nodeAlign", "justify");
        series.put("layoutIterations", 0);
        series.put("draggable", false);
        series.put("nodeWidth", 14);
        series.put("nodeGap", 10);
        series.put("left", 8);
        series.put("right", 150);
        series.put("top", 8);
        series.put("bottom", 8);
        series.put("emphasis", Map.of("focus", "adjacency"));
        series.put("lineStyle", Map.of("color", "gradient", "opacity", 0.3, "curveness", 0.5));
        series.put("label", Map.of("position", "right", "fontSize", 12, "overflow", "truncate", "width", 140));
        series.put("data", nodes);
        series.put("links", links);

        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "item", "confine", true));
        option.put("aria", Map.of("enabled", true, "label", Map.of("description", reading.t("valueChain.chartDescription",
                chain.segments().size(), chain.tiers().size(), chain.links().size()))));
        option.put("series", List.of(series));
        return option;
    }

    static String nodeName(ValueChain.Segment segment, Reading reading) {
        return reading.lead(segment.name());
    }

    private static int tierIndex(ValueChain chain, String tierId) {
        for (int i = 0; i < chain.tiers().size(); i++) {
            if (chain.tiers().get(i).id().equals(tierId)) return i;
        }
        return 0;
    }

    private static String nodeTooltip(Report report, ValueChain.Segment segment, Reading reading) {
        String tier = report.tier(segment.tier()).map(t -> both(t.name(), reading)).orElse(segment.tier());
        return "<b>" + both(segment.name(), reading) + "</b><br/>" + tier + " · " + both(segment.category(), reading);
    }

    private static String linkTooltip(ValueChain.Segment from, ValueChain.Segment to, ValueChain.Basis basis, Reading reading) {
        String basisText = basis.kind() == ValueChain.BasisKind.REPORT && basis.quote() != null
                ? reading.t("valueChain.basisReport") + " “" + esc(reading.lead(basis.quote())) + "”"
                : esc(reading.t("valueChain.basisTierOrder"));
        return "<b>" + esc(reading.lead(from.name())) + " → " + esc(reading.lead(to.name())) + "</b><br/>"
                + "<span style=\"display:inline-block;max-width:260px;white-space:normal\">" + basisText + "</span>";
    }

    private static String both(Text text, Reading reading) {
        String lead = esc(reading.lead(text));
        if (!reading.both() || text.isSameInBoth()) return lead;
        return lead + " / " + esc(text.in(reading.lead().other()));
    }

    private static String esc(String text) {
        // Escaped for the tooltip's HTML; braces would be read as ECharts template variables.
        return Entities.escape(text).replace("{", "&#123;").replace("}", "&#125;");
    }
}
