package org.ailandscape.api;

import java.time.Duration;
import java.util.Map;
import org.ailandscape.link.PageState;
import org.ailandscape.link.ReadingMode;
import org.ailandscape.figures.ChartFigures;
import org.ailandscape.reading.PageView;
import org.ailandscape.reading.Translations;
import org.ailandscape.report.ReportService;
import org.ailandscape.report.ReportSnapshot;
import org.ailandscape.report.model.Language;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ECharts option of a chart on the page, which the chart fetches when it comes near the viewport
 * (so the page itself carries only the chart's table). The page asks with the dataset version in the
 * URL ({@code v}); an answer for a version this server holds never changes and is cached for good.
 * {@code lang} and {@code hl} are the reading mode and, for both languages, the leading one;
 * {@code node} the selected value-chain segment.
 */
@RestController
class ChartOptionController {

    private final ReportService service;
    private final Translations translations;

    ChartOptionController(ReportService service, Translations translations) {
        this.service = service;
        this.translations = translations;
    }

    @GetMapping(value = "/api/charts/{chartId}/option", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> option(@PathVariable String chartId, @RequestParam Map<String, String> parameters) {
        String version = parameters.getOrDefault("v", "");
        ReportSnapshot snapshot = service.forLink(version.isBlank() ? null : version) instanceof org.ailandscape.report.VersionLookup.Found found
                ? found.snapshot() : service.snapshot();
        PageState state = ApiParameters.state(parameters, snapshot);
        Language browser = "zh".equals(parameters.get("hl")) ? Language.ZH : Language.EN;
        ReadingMode mode = state.lang() == null ? ReadingMode.EN : state.lang();
        PageView view = PageView.of(snapshot, PageState.EMPTY.withLang(mode).withNode(state.node()), browser, translations);
        CacheControl caching = snapshot.version().equals(version)
                ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable() : CacheControl.noCache();
        return ChartFigures.option(chartId, view).map(option -> ResponseEntity.ok().cacheControl(caching).body(option))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
