package org.ailandscape.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Report;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dataset holds the whole report and nothing else: every figure the report writes is a structured
 * figure in data/, and every text in data/ is the report's own text, verbatim. The oracle is a copy of
 * the report under src/test/resources/oracle.
 */
class ReportCompletenessTest {

    private static final String REPORT = oracle();
    /** The report with line breaks dropped, for texts the report breaks over lines (the title). */
    private static final String REPORT_JOINED = REPORT.replace("\n", " ") + "\n" + REPORT.replace("\n", "");

    private static final String NUM = "\\d+(?:,\\d{3})*(?:\\.\\d+)?";
    private static final Pattern TOKEN = Pattern.compile(String.join("|",
            // Chinese amounts: ~$3760亿, 逾1500亿美元, 1–10亿美元, 超10万
            "(?:[~约逾超])?\\$?" + NUM + "(?:–" + NUM + ")?(?:万亿|亿|万)(?:美元)?",
            // dollars: $376B, $2.5T, $100M–$1B+, $150–350M, $0.30/M
            "[~+]?\\$" + NUM + "[KMBT]?(?:–\\$?" + NUM + "[KMBT]?)?\\+?(?:/M)?",
            // percentages: 26–30%, 40%+, 逾40%, +65%
            "(?:[~约逾超+])?" + NUM + "(?:–" + NUM + ")?%\\+?",
            // other units and counts: 245 GW, 3–5nm, 40GB, 4–5×, 12–18 months, 2,600+, 1,993, 100K+
            "(?:[逾超约])?" + NUM + "(?:–" + NUM + ")?(?:K\\+|\\+)?(?: ?GW\\+?|nm|GB|-bit|×|倍|个月| months|位|余家)",
            NUM + "(?:–\\d+)?\\+"));
    /** Numbers that are names, dates or periods, not figures. */
    private static final Pattern NOT_FIGURES = Pattern.compile(
            "Q1 2026|2026年Q1|2026年4月|FY2026|R1|Llama-8B|Am Law 100|G42|4K|1080p|过去12个月|近12月|近12个月");

    private final Report report = ReportLoader.load(DataFolder.bundled());

    @Test
    void everyFigureOfTheReportIsAStructuredFigureInTheData() {
        List<String> displays = report.figures()
                .flatMap(f -> java.util.stream.Stream.of(f.display().en(), f.display().zh()))
                .filter(d -> d != null)
                .map(ReportCompletenessTest::normalise)
                .toList();
        Set<String> tokens = figureTokens(REPORT);
        assertThat(tokens).as("the oracle's figure tokens").hasSizeGreaterThan(90)
                .contains("~$376B", "$2.5T", "26–30%", "$150B+", "$1.29T", "$700B", "88%", "$2T+", "245 GW", "2,600+", "逾1500亿美元");

        Set<String> missing = new TreeSet<>();
        for (String token : tokens) {
            if (displays.stream().noneMatch(d -> d.contains(normalise(token)))) missing.add(token);
        }
        assertThat(missing).as("figures of the report with no structured figure in data/").isEmpty();
    }

    @Test
    void everyFigureIsWrittenAsTheReportWritesIt() {
        List<String> notInReport = new ArrayList<>();
        report.figures().forEach(f -> {
            for (Language language : Language.values()) {
                if (f.display().has(language) && !REPORT.contains(f.display().in(language))) {
                    notInReport.add(f.id() + " " + language + ": " + f.display().in(language));
                }
            }
        });
        assertThat(notInReport).isEmpty();
    }

    @Test
    void everyTextInTheDataIsTheReportsOwnTextVerbatim() throws IOException {
        List<String> reworded = new ArrayList<>();
        for (DataFile file : DataFile.values()) {
            // charts.json holds the product's own chart titles and notes, not report text.
            if (file == DataFile.CHARTS) continue;
            JsonNode root = JsonMapper.builder().build().readTree(DataFolder.bundled().read(file.fileName()));
            collectTexts(root, file.fileName() + " $", "", reworded);
        }
        assertThat(reworded).as("texts in data/ that the report does not contain").isEmpty();
    }

    @Test
    void everySectionHasBothLanguages() {
        assertThat(report.info().title().has(Language.ZH)).isTrue();
        assertThat(report.overview().headlineMetrics()).allSatisfy(m -> assertThat(m.explanation().zh()).isNotBlank());
        assertThat(report.kpis().kpis()).allSatisfy(m -> assertThat(m.explanation().zh()).isNotBlank());
        assertThat(report.valueChain().segments()).allSatisfy(s -> assertThat(s.description().zh()).isNotBlank());
        assertThat(report.marketStructure().segments()).allSatisfy(s -> assertThat(s.description().zh()).isNotBlank());
        assertThat(report.companies().companies()).allSatisfy(c -> assertThat(c.description().zh()).isNotBlank());
        assertThat(report.forces().forces()).allSatisfy(f -> assertThat(f.description().zh()).isNotBlank());
        assertThat(report.regions().regions()).allSatisfy(r -> assertThat(r.description().zh()).isNotBlank());
        assertThat(report.faq().items()).allSatisfy(i -> {
            assertThat(i.question().zh()).isNotBlank();
            assertThat(i.answer().zh()).hasSameSizeAs(i.answer().en());
        });
        assertThat(report.info().disclaimer().zh()).isNotBlank();
    }

    @Test
    void everyNamedSourceOfTheReportIsInTheData() {
        Matcher lines = Pattern.compile("Source: ([^\\n]+?)(?: \\d{4}年|\\s+\\S*[\\u4e00-\\u9fff]|$)", Pattern.MULTILINE).matcher(REPORT);
        Set<String> publishers = new TreeSet<>();
        while (lines.find()) {
            for (String part : lines.group(1).split(", ")) {
                if (!part.matches(".*\\d{4}.*")) publishers.add(part.strip());
            }
        }
        assertThat(publishers).contains("IDC", "McKinsey", "Morgan Stanley", "Sapphire Ventures", "PitchBook");
        Set<String> inData = new TreeSet<>();
        report.sources().sources().forEach(s -> {
            if (s.publisher() != null) inData.add(s.publisher().en() + (s.title() == null ? "" : " " + s.title().en()));
        });
        for (String publisher : publishers) {
            assertThat(inData).as("source %s", publisher).anyMatch(s -> s.equals(publisher) || s.startsWith(publisher));
        }
    }

    private static Set<String> figureTokens(String text) {
        String blanked = NOT_FIGURES.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
        Set<String> tokens = new TreeSet<>();
        Matcher matcher = TOKEN.matcher(blanked);
        while (matcher.find()) tokens.add(matcher.group().strip());
        return tokens;
    }

    private static String normalise(String figure) {
        return figure.replace("$", "").replace("美元", "");
    }

    /** Texts are Text objects ({en, zh}) and FAQ block strings; ids, enums, figure labels and numbers are not report text. */
    private static void collectTexts(JsonNode node, String path, String key, List<String> reworded) {
        if (node.isObject()) {
            if (key.equals("label") && path.contains("figures")) return;
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String name = field.getKey();
                if (Set.of("$schema", "id", "tier", "layer", "segments", "sources", "primaryFigure", "from", "to", "kind",
                        "unit", "qualifier", "period", "onlyIn", "type", "marker", "icon", "flag", "edition").contains(name)) continue;
                collectTexts(field.getValue(), path + "." + name, name, reworded);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) collectTexts(node.get(i), path + "[" + i + "]", key, reworded);
        } else if (node.isString()) {
            String text = node.asString();
            if (!text.isEmpty() && !REPORT.contains(text) && !REPORT_JOINED.contains(text)) reworded.add(path + ": " + text);
        }
    }

    private static String oracle() {
        try (InputStream in = ReportCompletenessTest.class.getResourceAsStream("/oracle/report.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
