package org.ailandscape.embed;

import org.ailandscape.api.VersionProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.ailandscape.link.PageState;
import org.ailandscape.link.ReadingMode;
import org.ailandscape.page.EmbedPage;
import org.ailandscape.page.Stylesheet;
import org.ailandscape.reading.PageView;
import org.ailandscape.reading.Translations;
import org.ailandscape.report.ReportService;
import org.ailandscape.report.ReportSnapshot;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /embed/chart/{chartId}} and {@code /embed/section/{sectionId}}: server-rendered pages for
 * another site's {@code <iframe>}, in {@code lang} (a section also takes the page's state parameters).
 * Plain Spring MVC, not a Vaadin route: no HTTP session, no UI, no cookie; an ETag (see
 * {@code web.ApiCaching}) and a short public cache. Only these may be framed (see {@code web.SecurityHeaders}).
 */
@RestController
class EmbedController {

    private static final Logger log = LoggerFactory.getLogger(EmbedController.class);
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    private static final CacheControl CACHING = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final ReportService service;
    private final Translations translations;
    private final EmbedPage page;

    EmbedController(ReportService service, Translations translations, Stylesheet stylesheet) {
        this.service = service;
        this.translations = translations;
        this.page = new EmbedPage(stylesheet.css(), scripts());
    }

    /** A version an embed cannot show: its status, and why in both languages (the frame shows it as text). */
    @org.springframework.web.bind.annotation.ExceptionHandler(VersionProblem.class)
    ResponseEntity<String> version(VersionProblem problem) {
        String text = problem.status().value() == 503
                ? "Older versions are unavailable for now. / 旧版本暂时无法打开。"
                : problem.status().value() == 404 ? "This version of the report does not exist. / 报告没有这个版本。"
                : "This is not a version of the report. / 这不是报告的版本号。";
        return ResponseEntity.status(problem.status()).contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore()).body(text + "\n" + problem.getMessage() + "\n");
    }

    @GetMapping("/embed/chart/{chartId}")
    ResponseEntity<String> chart(@PathVariable String chartId, @RequestParam MultiValueMap<String, String> parameters) {
        return page.chart(chartId, view(parameters, true), base(), theme(parameters))
                .map(html -> ResponseEntity.ok().contentType(HTML).cacheControl(CACHING).body(html))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/embed/section/{sectionId}")
    ResponseEntity<String> section(@PathVariable String sectionId, @RequestParam MultiValueMap<String, String> parameters) {
        return Section.byId(sectionId)
                .map(section -> ResponseEntity.ok().contentType(HTML).cacheControl(CACHING)
                        .body(page.section(section, view(parameters, false), base(), theme(parameters))))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** The view the parameters describe (a chart takes only the language); without {@code lang}, English. */
    private PageView view(MultiValueMap<String, String> parameters, boolean languageOnly) {
        String version = parameters.getFirst(PageState.VERSION);
        ReportSnapshot snapshot = VersionProblem.snapshot(service, version == null || version.isBlank() ? null : version);
        PageState state = PageState.parse(parameters).knownTo(snapshot.report()).withSection(null).withInfo(null).withFind("");
        if (languageOnly) state = state.languageOnly();
        ReadingMode mode = state.lang() == null ? ReadingMode.EN : state.lang();
        return PageView.of(snapshot, state.withLang(mode), mode.lead(Language.EN), translations);
    }

    private static String theme(MultiValueMap<String, String> parameters) {
        String theme = parameters.getFirst("theme");
        return theme == null ? "" : theme;
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    /** The page bundle's module scripts (the page's own script and the chart element), as the production build named them in its index.html. */
    private static List<String> scripts() {
        try (InputStream in = EmbedController.class.getClassLoader().getResourceAsStream("META-INF/VAADIN/webapp/index.html")) {
            if (in == null) {
                log.warn("No production bundle (META-INF/VAADIN/webapp/index.html): embeds are served without their charts");
                return List.of();
            }
            Document index = Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return index.select("script[type=module][src]").eachAttr("src").stream().map(EmbedController::relative).toList();
        } catch (IOException e) {
            log.warn("Could not read the production bundle's index.html: embeds are served without their charts", e);
            return List.of();
        }
    }

    private static String relative(String href) {
        return href.startsWith("./") ? href.substring(2) : href.startsWith("/") ? href.substring(1) : href;
    }
}
