package org.ailandscape.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ailandscape.report.CompanyQuery;
import org.ailandscape.report.ReportSnapshot;
import org.ailandscape.report.Section;
import org.ailandscape.report.VersionId;
import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Report;
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
 *   find     text                                a search across the whole report
 *   version  short id (or full hash, or dated id)    a version of the dataset: a permalink (else the latest)
 * </pre>
 * Parsing never fails: a malformed value is dropped; {@link #knownTo} drops ids the report lacks.
 */
public record PageState(
        @Nullable ReadingMode lang,
        @Nullable Section section,
        Set<String> faq,
        @Nullable String info,
        String q,
        Set<String> layers,
        CompanyQuery.@Nullable Sort sort,
        @Nullable String node,
        String find,
        @Nullable String version) {

    public static final String LANG = "lang";
    public static final String SECTION = "section";
    public static final String FAQ = "faq";
    public static final String INFO = "info";
    public static final String QUERY = "q";
    public static final String LAYERS = "layers";
    public static final String SORT = "sort";
    public static final String NODE = "node";
    public static final String FIND = "find";
    public static final String VERSION = "version";

    public static final PageState EMPTY = new PageState(null, null, Set.of(), null, "", Set.of(), null, null, "", null);

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_TEXT = 100;
    private static final int MAX_IDS = 20;

    public PageState {
        faq = Set.copyOf(new LinkedHashSet<>(faq));
        layers = Set.copyOf(layers);
        q = bounded(q);
        find = bounded(find);
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
                first(parameters, NODE).filter(PageState::isId).orElse(null),
                first(parameters, FIND).map(PageState::cleanText).orElse(""),
                first(parameters, VERSION).flatMap(VersionId::parse).orElse(null));
    }

    /** Reads a query string (without "?"); broken escapes and unknown parameters are ignored. */
    public static PageState parse(String queryString) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : queryString.split("&")) {
            if (pair.isEmpty()) continue;
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (name != null && value != null) parameters.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return parse(parameters);
    }

    /** The same state without the ids this report does not know, so that a stale or mistyped link opens the rest. */
    public PageState knownTo(Report report) {
        Set<String> faqIds = report.faq().items().stream().map(i -> i.id()).collect(Collectors.toSet());
        Set<String> layerIds = report.companies().layers().stream().map(l -> l.id()).collect(Collectors.toSet());
        boolean knownInfo = info != null && (info.equals(LinkTarget.PHASE) || report.metric(info).isPresent());
        boolean knownNode = node != null && (report.segment(node).isPresent() || report.tier(node).isPresent());
        return new PageState(lang, section, faq.stream().filter(faqIds::contains).collect(Collectors.toSet()),
                knownInfo ? info : null, q, layers.stream().filter(layerIds::contains).collect(Collectors.toSet()), sort,
                knownNode ? node : null, find, version);
    }

    /** The reading mode: the link's, else the browser's language alone. */
    public ReadingMode mode(Language browser) {
        return lang != null ? lang : ReadingMode.of(browser);
    }

    /** What the company table shows for this state. */
    public CompanyQuery companyQuery(ReportSnapshot snapshot) {
        return new CompanyQuery(q, layers, node == null ? Set.of() : snapshot.segmentsFor(node), sort);
    }

    /** The URL parameters of this state, in a fixed order, leaving out what is empty. */
    public Map<String, String> toParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (lang != null) parameters.put(LANG, lang.key());
        if (version != null) parameters.put(VERSION, version);
        if (section != null) parameters.put(SECTION, section.id());
        if (!faq.isEmpty()) parameters.put(FAQ, String.join(",", faq.stream().sorted().toList()));
        if (info != null) parameters.put(INFO, info);
        if (!q.isBlank()) parameters.put(QUERY, q);
        if (!layers.isEmpty()) parameters.put(LAYERS, String.join(",", layers.stream().sorted().toList()));
        if (sort != null) parameters.put(SORT, sort.column().name().toLowerCase(Locale.ROOT) + "-" + (sort.ascending() ? "asc" : "desc"));
        if (node != null) parameters.put(NODE, node);
        if (!find.isBlank()) parameters.put(FIND, find);
        return parameters;
    }

    /** The query string (without "?"), percent-encoded; empty for the plain page. */
    public String toQueryString() {
        List<String> parts = new ArrayList<>();
        toParameters().forEach((name, value) -> parts.add(name + "=" + encode(value)));
        return String.join("&", parts);
    }

    /** The link of this state relative to the page: "?query", or "./" for the plain page. */
    public String href() {
        String query = toQueryString();
        return query.isEmpty() ? "./" : "?" + query;
    }

    public PageState withLang(@Nullable ReadingMode value) { return new PageState(value, section, faq, info, q, layers, sort, node, find, version); }

    public PageState withSection(@Nullable Section value) { return new PageState(lang, value, faq, info, q, layers, sort, node, find, version); }

    public PageState withFaq(Set<String> value) { return new PageState(lang, section, value, info, q, layers, sort, node, find, version); }

    public PageState withInfo(@Nullable String value) { return new PageState(lang, section, faq, value, q, layers, sort, node, find, version); }

    public PageState withQuery(String value) { return new PageState(lang, section, faq, info, value, layers, sort, node, find, version); }

    public PageState withLayers(Set<String> value) { return new PageState(lang, section, faq, info, q, value, sort, node, find, version); }

    public PageState withSort(CompanyQuery.@Nullable Sort value) { return new PageState(lang, section, faq, info, q, layers, value, node, find, version); }

    public PageState withNode(@Nullable String value) { return new PageState(lang, section, faq, info, q, layers, sort, value, find, version); }

    public PageState withFind(String value) { return new PageState(lang, section, faq, info, q, layers, sort, node, value, version); }

    /** The version shown (a short id), or null for the latest. */
    public PageState withVersion(@Nullable String value) { return new PageState(lang, section, faq, info, q, layers, sort, node, find, value); }

    /** One answer opened or closed, the others as they are. */
    public PageState withFaqToggled(String id, boolean open) {
        Set<String> ids = new LinkedHashSet<>(faq);
        if (open) ids.add(id);
        else ids.remove(id);
        return withFaq(ids);
    }

    /** Only the reading mode (and the version): the link of the plain page in this language. */
    public PageState languageOnly() {
        return EMPTY.withLang(lang).withVersion(version);
    }

    /**
     * What a link that changes one setting keeps of this view (a sort, a selection): the language,
     * the open answers, the company filter and sort, the selected node. Not where the reader has
     * scrolled, an open explanation or a search: following such a link leaves those, as a click
     * elsewhere on the page would.
     */
    public PageState forLinks() {
        return withSection(null).withInfo(null).withFind("");
    }

    /** The company filter and sort of this state and nothing else (besides the language and the selected node). */
    public PageState tableOnly() {
        return EMPTY.withLang(lang).withVersion(version).withQuery(q).withLayers(layers).withSort(sort).withNode(node);
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
        return bounded(value.replaceAll("\\p{Cntrl}", " ").strip());
    }

    private static String bounded(String value) {
        return value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value;
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

    private static @Nullable String decode(String value) {
        try {
            return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
