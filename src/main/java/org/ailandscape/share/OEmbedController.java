package org.ailandscape.share;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ailandscape.figures.ChartFigures;
import org.ailandscape.reading.Translations;
import org.ailandscape.report.ReportService;
import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Report;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /oembed?url=…&format=json}: the oEmbed answer ({@code type: rich}) for a link of this site,
 * an iframe of the chart or section it stands for, as the share menu's snippet has it. A link elsewhere
 * is 404 and a format other than JSON 501, as the oEmbed specification says.
 */
@RestController
class OEmbedController {

    /** The frame's height before the embed's own script fits it (as the share menu's snippet). */
    static final int HEIGHT = EmbedSnippet.FRAME_HEIGHT;
    static final int WIDTH = 800;

    private final ReportService service;
    private final Translations translations;

    OEmbedController(ReportService service, Translations translations) {
        this.service = service;
        this.translations = translations;
    }

    @GetMapping(value = "/oembed")
    ResponseEntity<Map<String, Object>> oembed(@RequestParam(required = false) @Nullable String url,
            @RequestParam(required = false) @Nullable String format, @RequestParam(required = false) @Nullable String maxwidth,
            @RequestParam(required = false) @Nullable String maxheight) {
        if (format != null && !format.isBlank() && !format.equals("json")) {
            return problem(HttpStatus.NOT_IMPLEMENTED, "only format=json is served");
        }
        if (url == null || url.isBlank()) return problem(HttpStatus.BAD_REQUEST, "url is required: a link of this site");
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        var found = OEmbed.target(url, base);
        Report report = service.snapshot().report();
        if (found.isEmpty() || (found.get().kind().equals("chart") && !ChartFigures.ids(report).contains(found.get().id()))) {
            return problem(HttpStatus.NOT_FOUND, "no chart or section of this site at that link");
        }
        OEmbed.Target target = found.get();
        Language language = target.state().mode(Language.EN).lead(Language.EN);
        String reportTitle = report.info().title().in(language);
        String title = (target.kind().equals("section") ? translations.get("section." + target.id(), language) : chartTitle(report, target.id(), language))
                + " · " + reportTitle;
        int width = bounded(maxwidth, WIDTH);
        int height = bounded(maxheight, HEIGHT);
        String src = base + "/" + target.embedPath();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", "1.0");
        body.put("type", "rich");
        body.put("title", title);
        body.put("provider_name", reportTitle);
        body.put("provider_url", base + "/");
        body.put("width", width);
        body.put("height", height);
        body.put("html", EmbedSnippet.iframe(src, title, String.valueOf(width), height, "border:0;max-width:100%"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
                .body(body);
    }

    private static String chartTitle(Report report, String chartId, Language language) {
        return report.charts().charts().stream().filter(c -> c.id().equals(chartId)).findFirst().map(c -> c.title().in(language)).orElse(chartId);
    }

    private static int bounded(@Nullable String asked, int preferred) {
        if (asked == null) return preferred;
        try {
            int value = Integer.parseInt(asked.strip());
            return value > 0 ? Math.min(value, preferred) : preferred;
        } catch (NumberFormatException e) {
            return preferred;
        }
    }


    private static ResponseEntity<Map<String, Object>> problem(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore())
                .body(Map.of("error", message, "status", status.value()));
    }
}
