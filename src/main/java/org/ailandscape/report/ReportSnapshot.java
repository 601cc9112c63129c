package org.ailandscape.report;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ailandscape.report.model.Companies.Company;
import org.ailandscape.report.model.Faq;
import org.ailandscape.report.model.Figure;
import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Report;
import org.ailandscape.report.model.Source;
import org.ailandscape.report.model.Text;
import org.ailandscape.report.model.ValueChain;

/**
 * One version of the report and what is derived from it (the searchable texts, the lookups), made
 * once and never changed. A page works from one snapshot for its whole life, so that it never shows
 * two versions of the report at once; an edit of the data makes a new snapshot with a new version.
 */
public final class ReportSnapshot {

    private static final int SNIPPET_RADIUS = 60;

    private final Report report;
    private final DatasetVersion dataset;
    private final Map<String, String> companyText;
    private final List<Searchable> searchables;
    private final Map<String, Item> items;

    /** What kind of thing of the page an item of the report is (a headline metric or KPI card, a company row, …). */
    public enum Kind { METRIC, ERA, SEGMENT, CARD, COMPANY, ANSWER }

    /** An item of the report that the page shows as one thing: where it is, what it is, its title. */
    public record Item(Section section, Kind kind, String id, Text title) {}

    public ReportSnapshot(Report report, DatasetVersion dataset) {
        this.report = report;
        this.dataset = dataset;
        this.companyText = report.companies().companies().stream()
                .collect(Collectors.toUnmodifiableMap(Company::id, c -> searchableText(report, c)));
        this.searchables = List.copyOf(searchables(report));
        this.items = searchables.stream().collect(Collectors.toUnmodifiableMap(Searchable::id,
                x -> new Item(x.section(), kindOf(report, x), x.id(), x.title()), (first, second) -> first));
    }

    /** The item of the report with this id (a metric, a segment, a card, a company, an answer), if there is one. */
    public java.util.Optional<Item> item(String id) {
        return java.util.Optional.ofNullable(items.get(id));
    }

    private static Kind kindOf(Report report, Searchable x) {
        return switch (x.section()) {
            case OVERVIEW -> report.metric(x.id()).isPresent() ? Kind.METRIC : Kind.ERA;
            case KPIS -> Kind.METRIC;
            case VALUE_CHAIN -> Kind.SEGMENT;
            case COMPANIES -> Kind.COMPANY;
            case FAQ -> Kind.ANSWER;
            case MARKET, FORCES, REGIONS -> Kind.CARD;
        };
    }

    public Report report() {
        return report;
    }

    /** A short id of this dataset's content: equal data, equal version (the addresses of the page's parts carry it). */
    public String version() {
        return dataset.hash();
    }

    /** The version as readers see and cite it: the date of the last data change and the content hash. */
    public DatasetVersion dataset() {
        return dataset;
    }

    /** The sources behind a list of ids, in that order (unknown ids are skipped). */
    public List<Source> sources(List<String> ids) {
        return ids.stream().flatMap(id -> report.source(id).stream()).toList();
    }

    /** The segments of a tier, in the report's order. */
    public List<ValueChain.Segment> segmentsOf(String tierId) {
        return report.valueChain().segments().stream().filter(s -> s.tier().equals(tierId)).toList();
    }

    /** The companies the query selects, sorted as it asks (the report's order when it asks none). */
    public List<Company> companies(CompanyQuery query, Language language) {
        List<String> words = words(query.text());
        Stream<Company> matching = report.companies().companies().stream()
                .filter(c -> query.layers().isEmpty() || query.layers().contains(c.layer()))
                .filter(c -> query.segments().isEmpty() || c.segments().stream().anyMatch(query.segments()::contains))
                .filter(c -> words.stream().allMatch(companyText.get(c.id())::contains));
        if (query.sort() != null) matching = matching.sorted(comparator(query.sort(), language));
        return matching.toList();
    }

    /** The order of a column: text columns by the language's collation, scale by amount with unknowns last. */
    public Comparator<Company> comparator(CompanyQuery.Sort sort, Language language) {
        Collator collator = Collator.getInstance(language.locale());
        Function<Company, String> text = switch (sort.column()) {
            case COMPANY -> c -> c.name().in(language);
            case LAYER -> c -> report.layer(c.layer()).map(l -> l.name().in(language)).orElse(c.layer());
            case ROLE -> c -> c.description().in(language);
            case SCALE -> null;
        };
        if (text == null) {
            Comparator<Company> byAmount = Comparator.comparingDouble(c -> scaleAmount(c));
            if (!sort.ascending()) byAmount = byAmount.reversed();
            return Comparator.<Company, Boolean>comparing(c -> c.scale().figure() == null).thenComparing(byAmount);
        }
        Comparator<Company> byText = Comparator.comparing(text, collator);
        return sort.ascending() ? byText : byText.reversed();
    }

    private static double scaleAmount(Company company) {
        Figure figure = company.scale().figure();
        return figure == null ? 0 : figure.amount();
    }

    private static String searchableText(Report report, Company company) {
        Stream<Text> texts = Stream.of(company.name(), company.description(), company.scale().display());
        Stream<Text> layer = report.layer(company.layer()).map(l -> l.name()).stream();
        return Stream.concat(texts, layer)
                .flatMap(t -> Stream.of(t.en(), t.zh()))
                .filter(s -> s != null)
                .map(ReportSnapshot::normalise)
                .collect(Collectors.joining("\n"));
    }

    private static List<String> words(String query) {
        String normalised = normalise(query).strip();
        return normalised.isEmpty() ? List.of() : List.of(normalised.split("\\s+"));
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Everything in the report that contains the term, in reading order, each with where it is. */
    public List<SearchHit> search(String term) {
        String needle = normalise(term).strip();
        if (needle.isEmpty()) return List.of();
        List<SearchHit> hits = new ArrayList<>();
        for (Searchable item : searchables) {
            for (Language language : Language.values()) {
                for (Text text : item.texts()) {
                    String haystack = text.has(language) ? text.in(language) : null;
                    if (haystack == null) continue;
                    int at = normalise(haystack).indexOf(needle);
                    if (at >= 0) {
                        hits.add(new SearchHit(item.section(), item.id(), item.title(), snippet(haystack, at, needle.length()), language));
                        break;
                    }
                }
            }
        }
        return hits;
    }

    private static String snippet(String text, int at, int length) {
        int start = Math.max(0, at - SNIPPET_RADIUS);
        int end = Math.min(text.length(), at + length + SNIPPET_RADIUS);
        return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }

    private record Searchable(Section section, String id, Text title, List<Text> texts) {}

    private static List<Searchable> searchables(Report report) {
        List<Searchable> items = new ArrayList<>();
        report.overview().headlineMetrics().forEach(m -> items.add(new Searchable(Section.OVERVIEW, m.id(), m.label(),
                List.of(m.label(), m.display(), m.explanation(), m.sourceLine()))));
        var phase = report.overview().phase();
        phase.eras().forEach(e -> items.add(new Searchable(Section.OVERVIEW, e.id(), e.name(), List.of(e.name(), e.period(), e.description()))));
        report.kpis().kpis().forEach(m -> items.add(new Searchable(Section.KPIS, m.id(), m.label(),
                List.of(m.label(), m.display(), m.explanation(), m.sourceLine()))));
        report.valueChain().segments().forEach(s -> {
            List<Text> texts = new ArrayList<>(List.of(s.name(), s.category(), s.description()));
            texts.addAll(s.companies());
            items.add(new Searchable(Section.VALUE_CHAIN, s.id(), s.name(), texts));
        });
        report.marketStructure().segments().forEach(s -> {
            List<Text> texts = new ArrayList<>(List.of(s.name(), s.signal(), s.description()));
            s.keyCompaniesOrEmpty().forEach(name -> texts.add(new Text(name, name)));
            items.add(new Searchable(Section.MARKET, s.id(), s.name(), texts));
        });
        report.companies().companies().forEach(c -> items.add(new Searchable(Section.COMPANIES, c.id(), c.name(),
                List.of(c.name(), c.description(), c.scale().display()))));
        report.forces().forces().forEach(f -> items.add(new Searchable(Section.FORCES, f.id(), f.title(), List.of(f.title(), f.description()))));
        report.regions().regions().forEach(r -> items.add(new Searchable(Section.REGIONS, r.id(), r.name(), List.of(r.name(), r.description()))));
        report.faq().items().forEach(i -> {
            List<Text> texts = new ArrayList<>(List.of(i.question()));
            texts.add(blocksText(i.answer()));
            items.add(new Searchable(Section.FAQ, i.id(), i.question(), texts));
        });
        return items;
    }

    private static Text blocksText(Faq.Answer answer) {
        return new Text(blocksText(answer.en()), blocksText(answer.zh()));
    }

    private static String blocksText(List<Faq.Block> blocks) {
        return blocks.stream().map(b -> switch (b) {
            case Faq.Paragraph p -> (p.lead() == null ? "" : p.lead() + " ") + p.text();
            case Faq.Table t -> Stream.concat(Stream.of(t.caption() == null ? "" : t.caption()),
                    Stream.concat(t.header().stream(), t.rows().stream().flatMap(List::stream))).collect(Collectors.joining(" · "));
            case Faq.BulletList l -> String.join(" · ", l.items());
        }).collect(Collectors.joining("\n"));
    }

    /** Ids of the segments a Sankey node stands for: the segment itself, or every segment of a tier. */
    public Set<String> segmentsFor(String nodeId) {
        if (report.segment(nodeId).isPresent()) return Set.of(nodeId);
        return segmentsOf(nodeId).stream().map(ValueChain.Segment::id).collect(Collectors.toSet());
    }
}
