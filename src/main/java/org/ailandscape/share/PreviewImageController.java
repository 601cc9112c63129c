package org.ailandscape.share;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jakarta.servlet.http.HttpServletRequest;
import org.ailandscape.report.ReportService;
import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Report;
import org.ailandscape.link.PageState;
import org.ailandscape.reading.Translations;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The preview image of a view ({@code /preview.png} with the page's parameters). Images are cached per
 * report and per view; the views are few (languages × sections, questions, metrics, segments), so the
 * cache stays small, and it is emptied when the report changes.
 */
@RestController
class PreviewImageController {

    private static final int MAX_CACHED = 500;

    private final ReportService service;
    private final Translations translations;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();
    private volatile Report cachedFor;

    PreviewImageController(ReportService service, Translations translations) {
        this.service = service;
        this.translations = translations;
    }

    @GetMapping(value = "/preview.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> preview(HttpServletRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
        PageState state = PageState.parse(parameters);
        Report report = service.snapshot().report();
        state = state.knownTo(report);
        LinkPreview preview = LinkPreview.of(report, state, Language.of(request.getLocale()),
                translations::get);
        if (cachedFor != report) {
            cache.clear();
            cachedFor = report;
        }
        String key = preview.language().key() + "|" + preview.heading() + "|" + preview.figure();
        byte[] png = cache.get(key);
        if (png == null) {
            png = PreviewImage.render(report.info().kicker().in(preview.language()), report.info().title().in(preview.language()),
                    preview.heading(), preview.figure());
            if (cache.size() < MAX_CACHED) cache.put(key, png);
        }
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic()).body(png);
    }
}
