package org.ailandscape.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ailandscape.report.model.Charts;
import org.ailandscape.report.model.Companies;
import org.ailandscape.report.model.Figure;
import org.ailandscape.report.model.Faq;
import org.ailandscape.report.model.Metric;
import org.ailandscape.report.model.Report;
import org.ailandscape.report.model.Source;
import org.ailandscape.report.model.ValueChain;

/** The checks that look across files: every id a file refers to exists, and links join adjacent tiers. */
final class ReferenceCheck {

    private final Report report;
    private final List<DataProblem> problems;

    private ReferenceCheck(Report report, List<DataProblem> problems) {
        this.report = report;
        this.problems = problems;
    }

    static void check(Report report, List<StructureCheck.FigureAt> figures, List<DataProblem> problems) {
        new ReferenceCheck(report, problems).run(figures);
    }

    private void run(List<StructureCheck.FigureAt> figures) {
        Set<String> sourceIds = report.sources().sources().stream().map(Source::id).collect(Collectors.toSet());
        checkSources();

        Map<String, StructureCheck.FigureAt> figureIds = new HashMap<>();
        for (StructureCheck.FigureAt at : figures) {
            StructureCheck.FigureAt first = figureIds.putIfAbsent(at.figure().id(), at);
            if (first != null) {
                problem(at.file(), at.path() + ".id", "duplicate figure id \"" + at.figure().id() + "\" (also in "
                        + first.file() + " at " + first.path() + "); figure ids are unique across all files");
            }
            for (int i = 0; i < at.figure().sources().size(); i++) {
                String id = at.figure().sources().get(i);
                if (!sourceIds.contains(id)) {
                    problem(at.file(), at.path() + ".sources[" + i + "]", unknown("source", id, sourceIds, "sources.json"));
                }
            }
        }

        checkMetrics(DataFile.OVERVIEW.fileName(), "$.headlineMetrics", report.overview().headlineMetrics(), sourceIds);
        checkMetrics(DataFile.KPIS.fileName(), "$.kpis", report.kpis().kpis(), sourceIds);
        checkSourceIds(DataFile.OVERVIEW.fileName(), "$.phase.sources", report.overview().phase().sources(), sourceIds);
        checkValueChain();
        checkCompanies();
        checkFaq();
        checkCharts(figureIds);
    }

    private void checkCharts(Map<String, StructureCheck.FigureAt> figures) {
        String file = DataFile.CHARTS.fileName();
        List<Charts.Chart> charts = report.charts().charts();
        Set<String> sections = java.util.Arrays.stream(Section.values()).map(Section::id).collect(Collectors.toSet());
        for (int i = 0; i < charts.size(); i++) {
            Charts.Chart chart = charts.get(i);
            String at = "$.charts[" + i + "]";
            if (!sections.contains(chart.section())) problem(file, at + ".section", unknown("section", chart.section(), sections, "the page"));
            switch (chart.type()) {
                case BARS -> {
                    if (chart.figuresOrEmpty().isEmpty()) problem(file, at + ".figures", "a bar chart needs at least one figure");
                    Set<Figure.Unit> units = new HashSet<>();
                    for (int f = 0; f < chart.figuresOrEmpty().size(); f++) {
                        StructureCheck.FigureAt figure = figures.get(chart.figuresOrEmpty().get(f));
                        if (figure == null) problem(file, at + ".figures[" + f + "]", unknown("figure", chart.figuresOrEmpty().get(f), Set.of(), "any data file"));
                        else units.add(figure.figure().unit());
                    }
                    if (units.size() > 1) problem(file, at + ".figures", "the figures of one bar chart need one unit (found " + units + ")");
                }
                case PROJECTION -> {
                    requireFigure(file, at + ".start", chart.start(), figures, Figure.Unit.USD, false);
                    requireFigure(file, at + ".end", chart.end(), figures, Figure.Unit.USD, false);
                    requireFigure(file, at + ".rate", chart.rate(), figures, Figure.Unit.PERCENT, true);
                }
            }
        }
    }

    private void requireFigure(String file, String path, @org.jspecify.annotations.Nullable String id,
            Map<String, StructureCheck.FigureAt> figures, Figure.Unit unit, boolean range) {
        if (id == null) {
            problem(file, path, "a projection needs this figure id");
            return;
        }
        StructureCheck.FigureAt at = figures.get(id);
        if (at == null) problem(file, path, unknown("figure", id, Set.of(), "any data file"));
        else if (at.figure().unit() != unit) problem(file, path, "figure \"" + id + "\" is in " + at.figure().unit() + ", expected " + unit);
        else if (range && !at.figure().isRange()) problem(file, path, "figure \"" + id + "\" must be a range (low and high)");
        else if (!range && (at.figure().period() == null || !at.figure().period().matches("\\d{4}"))) {
            problem(file, path, "figure \"" + id + "\" needs a year as its period (e.g. \"2025\")");
        }
    }

    private void checkSources() {
        List<Source> sources = report.sources().sources();
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            String path = "$.sources[" + i + "]";
            if (source.kind() == Source.Kind.EXTERNAL) {
                if (source.publisher() == null) problem(DataFile.SOURCES.fileName(), path, "an external source needs \"publisher\"");
                if (source.date() == null) problem(DataFile.SOURCES.fileName(), path, "an external source needs \"date\"");
            }
        }
    }

    private void checkMetrics(String file, String path, List<Metric> metrics, Set<String> sourceIds) {
        for (int i = 0; i < metrics.size(); i++) {
            Metric metric = metrics.get(i);
            String at = path + "[" + i + "]";
            checkSourceIds(file, at + ".sources", metric.sources(), sourceIds);
            boolean own = metric.figures().stream().anyMatch(f -> f.id().equals(metric.primaryFigure()));
            if (!own) {
                problem(file, at + ".primaryFigure", "\"" + metric.primaryFigure() + "\" is not one of this metric's own figures");
            }
        }
    }

    private void checkSourceIds(String file, String path, List<String> ids, Set<String> sourceIds) {
        if (ids.isEmpty()) problem(file, path, "needs at least one source");
        for (int i = 0; i < ids.size(); i++) {
            if (!sourceIds.contains(ids.get(i))) {
                problem(file, path + "[" + i + "]", unknown("source", ids.get(i), sourceIds, "sources.json"));
            }
        }
    }

    private void checkValueChain() {
        String file = DataFile.VALUE_CHAIN.fileName();
        ValueChain chain = report.valueChain();
        Map<String, Integer> tierOrder = new HashMap<>();
        for (int i = 0; i < chain.tiers().size(); i++) tierOrder.put(chain.tiers().get(i).id(), i);
        Map<String, String> segmentTier = new HashMap<>();
        for (int i = 0; i < chain.segments().size(); i++) {
            ValueChain.Segment segment = chain.segments().get(i);
            segmentTier.put(segment.id(), segment.tier());
            if (!tierOrder.containsKey(segment.tier())) {
                problem(file, "$.segments[" + i + "].tier", unknown("tier", segment.tier(), tierOrder.keySet(), "\"tiers\""));
            }
        }
        Set<String> linked = new HashSet<>();
        for (int i = 0; i < chain.links().size(); i++) {
            ValueChain.Link link = chain.links().get(i);
            String at = "$.links[" + i + "]";
            boolean ends = true;
            for (String end : List.of(link.from(), link.to())) {
                if (!segmentTier.containsKey(end)) {
                    problem(file, at + (end.equals(link.from()) ? ".from" : ".to"), unknown("segment", end, segmentTier.keySet(), "\"segments\""));
                    ends = false;
                }
            }
            if (ends) {
                linked.add(link.from());
                linked.add(link.to());
                Integer from = tierOrder.get(segmentTier.get(link.from()));
                Integer to = tierOrder.get(segmentTier.get(link.to()));
                if (from != null && to != null && to != from + 1) {
                    problem(file, at, "a link joins a segment to one in the next tier; \"" + link.from() + "\" is in \""
                            + segmentTier.get(link.from()) + "\", \"" + link.to() + "\" in \"" + segmentTier.get(link.to()) + "\"");
                }
            }
            if (link.basis().kind() == ValueChain.BasisKind.REPORT && link.basis().quote() == null) {
                problem(file, at + ".basis", "a basis of kind \"report\" needs the \"quote\" it rests on");
            }
        }
        for (int i = 0; i < chain.segments().size(); i++) {
            if (!linked.contains(chain.segments().get(i).id())) {
                problem(file, "$.segments[" + i + "]", "segment \"" + chain.segments().get(i).id() + "\" has no link: the chart could not place it");
            }
        }
    }

    private void checkCompanies() {
        String file = DataFile.COMPANIES.fileName();
        Set<String> layers = report.companies().layers().stream().map(Companies.Layer::id).collect(Collectors.toSet());
        Set<String> segments = report.valueChain().segments().stream().map(ValueChain.Segment::id).collect(Collectors.toSet());
        List<Companies.Company> companies = report.companies().companies();
        for (int i = 0; i < companies.size(); i++) {
            Companies.Company company = companies.get(i);
            String at = "$.companies[" + i + "]";
            if (!layers.contains(company.layer())) problem(file, at + ".layer", unknown("layer", company.layer(), layers, "\"layers\""));
            for (int s = 0; s < company.segments().size(); s++) {
                String segment = company.segments().get(s);
                if (!segments.contains(segment)) {
                    problem(file, at + ".segments[" + s + "]", unknown("value-chain segment", segment, segments, "value-chain.json"));
                }
            }
            Companies.Scale scale = company.scale();
            if ((scale.kind() == null) != (scale.figure() == null)) {
                problem(file, at + ".scale", "give \"kind\" and \"figure\" together (a numeric signal), or neither (a text signal)");
            }
        }
    }

    private void checkFaq() {
        List<Faq.Item> items = report.faq().items();
        for (int i = 0; i < items.size(); i++) {
            for (String language : List.of("en", "zh")) {
                List<Faq.Block> blocks = language.equals("en") ? items.get(i).answer().en() : items.get(i).answer().zh();
                if (blocks.isEmpty()) problem(DataFile.FAQ.fileName(), "$.items[" + i + "].answer." + language, "the answer has no blocks");
                for (int b = 0; b < blocks.size(); b++) {
                    if (blocks.get(b) instanceof Faq.Table table) {
                        for (int r = 0; r < table.rows().size(); r++) {
                            if (table.rows().get(r).size() != table.header().size()) {
                                problem(DataFile.FAQ.fileName(), "$.items[" + i + "].answer." + language + "[" + b + "].rows[" + r + "]",
                                        "the row has " + table.rows().get(r).size() + " cells, the header " + table.header().size());
                            }
                        }
                    }
                }
            }
        }
    }

    private static String unknown(String what, String id, Set<String> known, String where) {
        if (known.isEmpty()) return "unknown " + what + " \"" + id + "\" (not in " + where + ")";
        String list = known.stream().sorted().collect(Collectors.joining(", "));
        return "unknown " + what + " \"" + id + "\" (not in " + where + "; known: " + list + ")";
    }

    private void problem(String file, String path, String reason) {
        problems.add(DataProblem.at(file, path, reason));
    }
}
