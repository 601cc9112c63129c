package org.ailandscape.report.model;

import java.util.Optional;
import java.util.stream.Stream;

/** The whole report: one immutable object, shared by every reader. */
public record Report(
        ReportInfo info,
        Sources sources,
        Overview overview,
        Kpis kpis,
        ValueChain valueChain,
        MarketStructure marketStructure,
        Companies companies,
        Forces forces,
        Regions regions,
        Faq faq,
        Charts charts) {

    public Optional<Source> source(String id) {
        return sources.sources().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Companies.Layer> layer(String id) {
        return companies.layers().stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public Optional<ValueChain.Tier> tier(String id) {
        return valueChain.tiers().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** A headline metric or a KPI. */
    public Optional<Metric> metric(String id) {
        return Stream.concat(overview.headlineMetrics().stream(), kpis.kpis().stream()).filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<ValueChain.Segment> segment(String id) {
        return valueChain.segments().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Every figure of the report, in reading order. */
    public Stream<Figure> figures() {
        return Stream.of(
                overview.headlineMetrics().stream().flatMap(m -> m.figures().stream()),
                kpis.kpis().stream().flatMap(m -> m.figures().stream()),
                valueChain.segments().stream().flatMap(s -> s.figures().stream()),
                marketStructure.segments().stream().flatMap(s -> s.figures().stream()),
                companies.companies().stream().flatMap(c -> Stream.concat(Stream.ofNullable(c.scale().figure()), c.figures().stream())),
                forces.forces().stream().flatMap(f -> f.figures().stream()),
                regions.regions().stream().flatMap(r -> r.figures().stream()),
                faq.items().stream().flatMap(i -> i.figures().stream()))
            .flatMap(s -> s);
    }

    public Optional<Figure> figure(String id) {
        return figures().filter(f -> f.id().equals(id)).findFirst();
    }
}
