package org.ailandscape.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ailandscape.report.DataFixtures.at;
import static org.ailandscape.report.DataFixtures.editJson;
import static org.ailandscape.report.DataFixtures.editText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each kind of fault an analyst can make in a data file is refused with the file, the JSON path and
 * a reason in words, and nothing else is reported for it.
 */
class ReportLoaderFaultTest {

    @TempDir
    Path folder;

    record Fault(String name, Consumer<Path> breakIt, String file, String path, String reason) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> faults() {
        return Stream.of(
            new Fault("syntax error: missing comma", f -> editText(f, "kpis.json", t -> t.replaceFirst("\"id\": \"semiconductor-revenue\",", "\"id\": \"semiconductor-revenue\"")),
                "kpis.json", "$.kpis[0]", "was expecting comma"),
            new Fault("truncated file", f -> editText(f, "forces.json", t -> t.substring(0, t.length() / 2)),
                "forces.json", "$.forces", "Unexpected end-of-input"),
            new Fault("empty file", f -> editText(f, "regions.json", t -> "  \n"),
                "regions.json", "$", "the file is empty"),
            new Fault("unknown field (a typo)", f -> editJson(f, "companies.json", r -> at(r, "/companies/2").put("scal", "x")),
                "companies.json", "$.companies[2].scal", "unknown field \"scal\""),
            new Fault("missing field", f -> editJson(f, "companies.json", r -> at(r, "/companies/4").remove("layer")),
                "companies.json", "$.companies[4]", "missing field \"layer\""),
            new Fault("missing Chinese text", f -> editJson(f, "forces.json", r -> at(r, "/forces/1/title").remove("zh")),
                "forces.json", "$.forces[1].title", "missing \"zh\" (Chinese text)"),
            new Fault("missing English text", f -> editJson(f, "regions.json", r -> at(r, "/regions/0/description").remove("en")),
                "regions.json", "$.regions[0].description", "missing \"en\" (English text)"),
            new Fault("blank text", f -> editJson(f, "report.json", r -> at(r, "/disclaimer").put("en", "   ")),
                "report.json", "$.disclaimer", "\"en\" (English text) is empty"),
            new Fault("duplicate id", f -> editJson(f, "companies.json", r -> at(r, "/companies/1").put("id", "nvidia")),
                "companies.json", "$.companies[1].id", "duplicate id \"nvidia\""),
            new Fault("malformed id", f -> editJson(f, "forces.json", r -> at(r, "/forces/0").put("id", "Energy Constraint")),
                "forces.json", "$.forces[0].id", "not a valid id"),
            new Fault("dangling layer", f -> editJson(f, "companies.json", r -> at(r, "/companies/0").put("layer", "chips")),
                "companies.json", "$.companies[0].layer", "unknown layer \"chips\""),
            new Fault("dangling link end", f -> editJson(f, "value-chain.json", r -> at(r, "/links/0").put("to", "nowhere")),
                "value-chain.json", "$.links[0].to", "unknown segment \"nowhere\""),
            new Fault("link skipping a tier", f -> editJson(f, "value-chain.json", r -> {
                    ObjectNode link = at(r, "/links/0");
                    link.put("to", r.at("/segments/18/id").asString());
                }),
                "value-chain.json", "$.links[0]", "a link joins a segment to one in the next tier"),
            new Fault("negative amount", f -> editJson(f, "kpis.json", r -> at(r, "/kpis/0/figures/0").put("value", -1290)),
                "kpis.json", "$.kpis[0].figures[0].value", "must not be negative"),
            new Fault("a number where text belongs", f -> editJson(f, "kpis.json", r -> at(r, "/kpis/0").put("id", 42)),
                "kpis.json", "$.kpis[0].id", "expected a text (in quotes), found 42"),
            new Fault("true/false where text belongs", f -> editJson(f, "forces.json", r -> at(r, "/forces/0/title").put("en", true)),
                "forces.json", "$.forces[0].title.en", "expected a text (in quotes), found true"),
            new Fault("non-numeric amount", f -> editJson(f, "kpis.json", r -> at(r, "/kpis/1/figures/0").put("value", "700B")),
                "kpis.json", "$.kpis[1].figures[0].value", "expected a number"),
            new Fault("figure without a source", f -> editJson(f, "overview.json", r -> ((ArrayNode) r.at("/headlineMetrics/0/figures/0/sources")).removeAll()),
                "overview.json", "$.headlineMetrics[0].figures[0].sources", "a figure needs at least one source"),
            new Fault("unknown source", f -> editJson(f, "overview.json", r -> ((ArrayNode) r.at("/headlineMetrics/1/sources")).set(0, "gartner-2026")),
                "overview.json", "$.headlineMetrics[1].sources[0]", "unknown source \"gartner-2026\""),
            new Fault("unknown unit", f -> editJson(f, "kpis.json", r -> at(r, "/kpis/2/figures/0").put("unit", "percent")),
                "kpis.json", "$.kpis[2].figures[0].unit", "\"percent\" is not one of: USD, USD_PER_M_TOKENS, PERCENT"),
            new Fault("range with low above high", f -> editJson(f, "overview.json", r -> {
                    ObjectNode cagr = (ObjectNode) r.at("/headlineMetrics/2/figures").get(0);
                    cagr.put("low", 40);
                }),
                "overview.json", "$.headlineMetrics[2].figures[0]", "is greater than \"high\""),
            new Fault("table row shorter than its header", f -> editJson(f, "faq.json", r -> {
                    ArrayNode rows = (ArrayNode) r.at("/items/1/answer/en/1/rows/0");
                    rows.remove(2);
                }),
                "faq.json", "$.items[1].answer.en[1].rows[0]", "the row has 2 cells, the header 3"),
            new Fault("unknown FAQ block type", f -> editJson(f, "faq.json", r -> at(r, "/items/0/answer/en/0").put("type", "quote")),
                "faq.json", "$.items[0].answer.en[0]", "unknown type \"quote\""),
            new Fault("chart of an unknown figure", f -> editJson(f, "charts.json", r -> ((ArrayNode) r.at("/charts/1/figures")).set(0, "gdp-2030")),
                "charts.json", "$.charts[1].figures[0]", "unknown figure \"gdp-2030\""),
            new Fault("bar chart mixing units", f -> editJson(f, "charts.json", r -> ((ArrayNode) r.at("/charts/2/figures")).add("hyperscaler-capex-2026")),
                "charts.json", "$.charts[2].figures", "need one unit"),
            new Fault("projection from a figure without a year", f -> editJson(f, "charts.json", r -> at(r, "/charts/0").put("start", "openai-valuation")),
                "charts.json", "$.charts[0].start", "needs a year as its period"),
            new Fault("deleted file", f -> {
                    try {
                        Files.delete(f.resolve("sources.json"));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                },
                "sources.json", "$", "the file is missing")
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void refusesTheFaultWithFilePathAndReason(Fault fault) {
        DataFixtures.copyOfBundledData(folder);
        fault.breakIt().accept(folder);

        assertThatThrownBy(() -> ReportLoader.load(DataFolder.of(folder)))
            .isInstanceOfSatisfying(InvalidDataException.class, e -> {
                List<DataProblem> problems = e.problems();
                assertThat(problems).as("problems: %s", problems)
                    .anySatisfy(p -> {
                        assertThat(p.file()).isEqualTo(fault.file());
                        // A truncated file ends wherever the cut falls: only the start of its path is fixed.
                        if (fault.name().startsWith("truncated")) assertThat(p.path()).startsWith(fault.path());
                        else assertThat(p.path()).isEqualTo(fault.path());
                        assertThat(p.reason()).contains(fault.reason());
                    });
                assertThat(e.getMessage()).contains(fault.file()).contains(fault.path());
            });
    }

    @Test
    void aSyntaxErrorGivesLineAndColumn() {
        DataFixtures.copyOfBundledData(folder);
        editText(folder, "report.json", t -> t.replaceFirst("\\{", "{\n  oops,"));

        assertThatThrownBy(() -> ReportLoader.load(DataFolder.of(folder)))
            .isInstanceOfSatisfying(InvalidDataException.class, e -> {
                DataProblem problem = e.problems().getFirst();
                assertThat(problem.file()).isEqualTo("report.json");
                assertThat(problem.line()).isEqualTo(2);
                assertThat(problem.column()).isGreaterThan(0);
                assertThat(problem.toString()).contains("(line 2, column");
            });
    }

    @Test
    void reportsEveryProblemAtOnceNotOnlyTheFirst() {
        DataFixtures.copyOfBundledData(folder);
        editJson(folder, "companies.json", r -> at(r, "/companies/0").put("layer", "chips"));
        editJson(folder, "forces.json", r -> at(r, "/forces/1/title").remove("zh"));
        editText(folder, "regions.json", t -> "");

        assertThatThrownBy(() -> ReportLoader.load(DataFolder.of(folder)))
            .isInstanceOfSatisfying(InvalidDataException.class, e ->
                assertThat(e.problems()).extracting(DataProblem::file).contains("forces.json", "regions.json"));
    }

    @Test
    void theUntouchedCopyLoads() {
        DataFixtures.copyOfBundledData(folder);
        assertThat(ReportLoader.load(DataFolder.of(folder)).companies().companies()).hasSize(12);
    }
}
