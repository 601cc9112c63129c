package org.ailandscape.page;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the parts of the page at their addresses (see {@link PageParts}). An address names a version
 * of the data, so its answer is cached for good; an address of a version the server no longer holds,
 * or of no part, is 404 (the page keeps what it shows, and the live page offers a reload).
 */
@RestController
class PartController {

    private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

    private final PageParts parts;

    PartController(PageParts parts) {
        this.parts = parts;
    }

    @GetMapping("/parts/{id}")
    ResponseEntity<String> part(@PathVariable String id, HttpServletRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
        return parts.html(id, parameters)
                .map(html -> ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()).body(html))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
