package org.ailandscape.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ailandscape.report.CompanyQuery;
import org.ailandscape.report.Section;
import org.jspecify.annotations.Nullable;

/**
 * Everything a reader can reach, as URL query parameters, so that every view is a link:
 * <pre>
 *   lang     en | zh | both                     the reading mode
 *   section  overview | kpis | value-chain | …   the section scrolled to
 *   faq      id,id                               open FAQ answers
 *   info     metric id                           the open explanation of a headline metric or KPI
 *   q        text                                the company filter
 *   layers   id,id                               the company layer filter
 *   sort     company|layer|role|scale-asc|desc   the company sort
 *   node     segment or tier id                  the selected value-chain node
 * </pre>
 * Parsing never fails: a malformed value is dropped. Ids are checked against the report by the view.
 */
public record PageState(
        @Nullable ReadingMode lang,
        @Nullable Section section,
        Set<String> faq,
        @Nullable String info,
        String q,
        Set<String> layers,
        CompanyQuery.@Nullable Sort sort,
        @Nullable String node) {

    public static final String LANG = "lang";
    public static final String SECTION = "section";
    public static final String FAQ = "faq";
    public static final String INFO = "info";
    public static final String QUERY = "q";
    public static final String LAYERS = "layers";
    public static final String SORT = "sort";
    public static final String NODE = "node";

    public static final PageState EMPTY = new PageState(null, null, Set.of(), null, "", Set.of(), null, null);

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_QUERY = 100;
    private static final int MAX_IDS = 20;

    public PageState {
        faq = Set.copyOf(new LinkedHashSet<>(faq));
        layers = Set.copyOf(layers);
        q = q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q;
    }

    /** Reads the state from URL parameters, ignoring whatever is malformed. */
    public static PageState parse(Map<String, List<String>> parameters) {
        return new PageState(
                first(parameters, LANG).flatMap(ReadingMode::parse).orElse(null),
                first(parameters, SECTION).flatMap(Section::byId).orElse(null),
                ids(parameters, FAQ),
                first(parameters, INFO).filter(PageState::isId).orElse(null),
                first(parameters, QUERY).map(PageState::cleanText).orElse(""),
                ids(parameters, LAYERS),
                first(parameters, SORT).flatMap(PageState::parseSort).orElse(null),
                first(parameters, NODE).filter(PageState::isId).orElse(null));
    }

    /** The URL parameters of this state, in a fixed order, leaving out what is empty. */
    public Map<String, String> toParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (lang != null) parameters.put(LANG, lang.key());
        if (section != null) parameters.put(SECTION, section.id());
        if (!faq.isEmpty()) parameters.put(FAQ, String.join(",", faq.stream().sorted().toList()));
        if (info != null) parameters.put(INFO, info);
        if (!q.isBlank()) parameters.put(QUERY, q);
        if (!layers.isEmpty()) parameters.put(LAYERS, String.join(",", layers.stream().sorted().toList()));
        if (sort != null) parameters.put(SORT, sort.column().name().toLowerCase(Locale.ROOT) + "-" + (sort.ascending() ? "asc" : "desc"));
        if (node != null) parameters.put(NODE, node);
        return parameters;
    }

    /** The query string (without "?"), percent-encoded; empty for the plain page. */
    public String toQueryString() {
        List<String> parts = new ArrayList<>();
        toParameters().forEach((name, value) -> parts.add(name + "=" + encode(value)));
        return String.join("&", parts);
    }

    public PageState withLang(@Nullable ReadingMode value) { return new PageState(value, section, faq, info, q, layers, sort, node); }

    public PageState withSection(@Nullable Section value) { return new PageState(lang, value, faq, info, q, layers, sort, node); }

    public PageState withFaq(Set<String> value) { return new PageState(lang, section, value, info, q, layers, sort, node); }

    public PageState withInfo(@Nullable String value) { return new PageState(lang, section, faq, value, q, layers, sort, node); }

    public PageState withQuery(String value) { return new PageState(lang, section, faq, info, value, layers, sort, node); }

    public PageState withLayers(Set<String> value) { return new PageState(lang, section, faq, info, q, value, sort, node); }

    public PageState withSort(CompanyQuery.@Nullable Sort value) { return new PageState(lang, section, faq, info, q, layers, value, node); }

    public PageState withNode(@Nullable String value) { return new PageState(lang, section, faq, info, q, layers, sort, value); }

    /** Only the reading mode: the link of the plain page in this language. */
    public PageState languageOnly() {
        return EMPTY.withLang(lang);
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty() || values.getFirst() == null) return Optional.empty();
        return Optional.of(values.getFirst());
    }

    private static Set<String> ids(Map<String, List<String>> parameters, String name) {
        Set<String> ids = new LinkedHashSet<>();
        for (String value : parameters.getOrDefault(name, List.of())) {
            if (value == null) continue;
            for (String part : value.split(",")) {
                String id = part.strip();
                if (isId(id) && ids.size() < MAX_IDS) ids.add(id);
            }
        }
        return ids;
    }

    private static boolean isId(String value) {
        return value.length() <= 80 && ID.matcher(value).matches();
    }

    /** Control characters out, length bounded; the text is only ever shown as text. */
    private static String cleanText(String value) {
        String cleaned = value.replaceAll("\\p{Cntrl}", " ").strip();
        return cleaned.length() > MAX_QUERY ? cleaned.substring(0, MAX_QUERY) : cleaned;
    }

    private static Optional<CompanyQuery.Sort> parseSort(String value) {
        int dash = value.lastIndexOf('-');
        if (dash <= 0) return Optional.empty();
        String column = value.substring(0, dash).toUpperCase(Locale.ROOT);
        String direction = value.substring(dash + 1);
        if (!direction.equals("asc") && !direction.equals("desc")) return Optional.empty();
        for (CompanyQuery.Column c : CompanyQuery.Column.values()) {
            if (c.name().equals(column)) return Optional.of(new CompanyQuery.Sort(c, direction.equals("asc")));
        }
        return Optional.empty();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20").replace("%2C", ",");
    }
}
