package org.ailandscape.share;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ailandscape.link.PageState;
import org.ailandscape.report.DatasetVersion;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Charts;
import org.ailandscape.report.model.Figure;
import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Metric;
import org.ailandscape.report.model.Report;
import org.jspecify.annotations.Nullable;

/**
 * How to cite the report, a section or a figure: APA 7, BibTeX, GB/T 7714-2015, a plain line and
 * CSL-JSON, each with the permalink of the view, the access date and the dataset version. Hand-written
 * templates: the report names no author or publisher, so none is made up; the edition year is the date.
 *
 * @param title    what is cited, in the language: the report's title, then the section's or figure's
 * @param permalink the absolute URL of the view (for a figure, with its anchor)
 */
public record Cite(Language language, String title, String edition, DatasetVersion version, String permalink, LocalDate accessed,
        String key) {

    public enum Format {
        APA("apa"), BIBTEX("bibtex"), GBT7714("gbt7714"), PLAIN("plain"), CSL_JSON("csl-json");

        private final String id;

        Format(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Optional<Format> byId(@Nullable String id) {
            if (id == null) return Optional.empty();
            for (Format f : values()) if (f.id.equalsIgnoreCase(id.strip())) return Optional.of(f);
            return Optional.empty();
        }
    }

    /**
     * What a view cites: the figure {@code item} names (a chart, a headline metric or KPI, a figure id)
     * if the report has it; else the view's section; else the whole report.
     *
     * @param base the site's address without a trailing slash, e.g. {@code https://example.org}
     */
    public static Cite of(Report report, PageState state, @Nullable String item, Language language, LinkPreview.Chrome chrome,
            DatasetVersion version, String base, LocalDate accessed) {
        String reportTitle = report.info().title().in(language);
        String colon = language == Language.ZH ? "：" : ": ";
        PageState link = state.forLinks().withSection(state.section());
        Optional<Figured> figure = figure(report, item, language);
        if (figure.isPresent()) {
            Figured f = figure.get();
            return new Cite(language, reportTitle + colon + f.title(), report.info().edition(), version,
                    base + path(link.withSection(f.section())) + "#" + f.anchor(), accessed, key(report, f.id()));
        }
        if (state.section() != null) {
            String heading = LinkPreview.sectionHeading(report, state.section(), language, chrome);
            return new Cite(language, reportTitle + colon + heading, report.info().edition(), version, base + path(link),
                    accessed, key(report, state.section().id()));
        }
        return new Cite(language, reportTitle, report.info().edition(), version, base + path(link), accessed, key(report, ""));
    }

    private static String path(PageState state) {
        String query = state.toQueryString();
        return query.isEmpty() ? "/" : "/?" + query;
    }

    /** The citation as text in a format (CSL-JSON: {@link #cslJson()}, which the API writes as JSON). */
    public String text(Format format) {
        return switch (format) {
            case APA -> apa();
            case BIBTEX -> bibtex();
            case GBT7714 -> gbt7714();
            case PLAIN, CSL_JSON -> plain();
        };
    }

    /** APA 7 for a dataset without an author: the title takes the author's place; a retrieval date, since it changes. */
    String apa() {
        if (language == Language.ZH) {
            return title + "（版本 " + version.id() + "）[数据集]. (" + edition + "). 检索于 " + chineseDate(accessed) + ", 来源 " + permalink;
        }
        return title + " (Version " + version.id() + ") [Data set]. (" + edition + "). Retrieved "
                + accessed.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)) + ", from " + permalink;
    }

    String bibtex() {
        String url = tex(permalink, true);
        return "@misc{" + key + ",\n"
                + "  title        = {{" + tex(title, false) + "}},\n"
                + "  year         = {" + edition + "},\n"
                + "  version      = {" + version.id() + "},\n"
                + "  howpublished = {\\url{" + url + "}},\n"
                + "  url          = {" + url + "},\n"
                + "  urldate      = {" + accessed + "},\n"
                + "  note         = {" + (language == Language.ZH ? "数据版本 " + version.id() + "，访问于 " + accessed
                        : "Dataset version " + version.id() + "; accessed " + accessed) + "},\n"
                + "  language     = {" + (language == Language.ZH ? "chinese" : "english") + "}\n"
                + "}";
    }

    /** GB/T 7714-2015, electronic resource: 题名[EB/OL]. 版本项. 出版年(更新或修改日期)[引用日期]. 获取和访问路径. */
    String gbt7714() {
        String versionItem = language == Language.ZH ? "数据版本 " + version.id() : "Dataset version " + version.id();
        return title + "[EB/OL]. " + versionItem + ". " + edition + "(" + version.changed() + ")[" + accessed + "]. " + permalink + ".";
    }

    String plain() {
        if (language == Language.ZH) return title + "。数据版本 " + version.id() + "。" + permalink + "（访问于 " + accessed + "）";
        return title + ". Dataset version " + version.id() + ". " + permalink + " (accessed " + accessed + ")";
    }

    /** The item in CSL-JSON (what Zotero, Mendeley and citeproc read). */
    public Map<String, Object> cslJson() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", key);
        item.put("type", "dataset");
        item.put("title", title);
        item.put("version", version.id());
        String year = edition.replaceAll("\\D", "");
        if (!year.isEmpty()) item.put("issued", Map.of("date-parts", List.of(List.of(Integer.parseInt(year)))));
        item.put("accessed", Map.of("date-parts", List.of(List.of(accessed.getYear(), accessed.getMonthValue(), accessed.getDayOfMonth()))));
        item.put("URL", permalink);
        item.put("language", language.htmlLang());
        return item;
    }

    private record Figured(String id, String title, Section section, String anchor) {}

    private static Optional<Figured> figure(Report report, @Nullable String item, Language language) {
        if (item == null || item.isBlank()) return Optional.empty();
        String id = item.strip();
        if (id.equals("value-chain")) {
            return Optional.of(new Figured(id, report.valueChain().heading().in(language), Section.VALUE_CHAIN, "value-chain"));
        }
        for (Charts.Chart chart : report.charts().charts()) {
            if (chart.id().equals(id)) {
                return Section.byId(chart.section()).map(s -> new Figured(id, chart.title().in(language), s, "chart-" + id));
            }
        }
        Optional<Metric> metric = report.metric(id);
        if (metric.isPresent()) {
            Section section = report.overview().headlineMetrics().contains(metric.get()) ? Section.OVERVIEW : Section.KPIS;
            return Optional.of(new Figured(id, metric.get().label().in(language), section, "metric-" + id));
        }
        return Optional.empty();
    }

    private static String key(Report report, String part) {
        String base = "ai-landscape-" + report.info().edition().replaceAll("[^0-9A-Za-z]", "");
        return part.isEmpty() ? base : base + "-" + part.replaceAll("[^0-9A-Za-z-]", "");
    }

    /** TeX's special characters escaped (in a URL only those that break a \\url argument). */
    static String tex(String text, boolean url) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (url) {
                if (c == '%' || c == '#' || c == '{' || c == '}' || c == '\\') out.append('\\');
                out.append(c);
                continue;
            }
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '%', '$', '&', '#', '_' -> out.append('\\').append(c);
                case '^' -> out.append("\\^{}");
                case '~' -> out.append("\\~{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
