package org.ailandscape.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ailandscape.report.ReportService;
import org.ailandscape.report.ReportSnapshot;
import org.ailandscape.report.archive.ArchiveUnavailableException;
import org.ailandscape.report.archive.AttributedChange;
import org.ailandscape.report.archive.FieldChange;
import org.ailandscape.report.archive.StoredVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The versions of the dataset: the list ({@code /api/versions}, newest first), one version's dataset
 * ({@code /api/versions/{id}}, which never changes and is cached for good), and what changed from a
 * version to the latest, field by field ({@code /api/changes?since=}).
 */
@RestController
class VersionsController {

    private final ReportService service;

    VersionsController(ReportService service) {
        this.service = service;
    }

    @GetMapping(value = "/api/versions", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> versions() {
        ReportSnapshot latest = service.snapshot();
        List<StoredVersion> versions;
        try {
            versions = service.versions();
        } catch (ArchiveUnavailableException e) {
            return unavailable();
        }
        String base = base();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("latest", latest.version());
        body.put("versions", versions.stream().map(v -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", v.id());
            entry.put("version", v.day() + "." + v.id());
            entry.put("sha256", v.sha256());
            entry.put("published", v.published().toString());
            entry.put("author", v.author());
            entry.put("note", v.note());
            entry.put("latest", v.id().equals(latest.version()));
            entry.put("url", base + "/?version=" + v.id());
            entry.put("data", base + "/api/versions/" + v.id());
            return entry;
        }).toList());
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(body);
    }

    /** A version's dataset, as {@code /api/report} gives the latest's. */
    @GetMapping(value = "/api/versions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> version(@PathVariable String id) {
        ReportSnapshot snapshot = VersionProblem.snapshot(service, id);
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable())
                .body(ReportApiController.body(snapshot));
    }

    /** The changes from {@code since} to the latest, field by field, with the latest's version, date and note. */
    @GetMapping(value = "/api/changes", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> changes(@RequestParam(required = false) @Nullable String since) {
        if (since == null || since.isBlank()) {
            return ResponseEntity.badRequest().cacheControl(CacheControl.noStore())
                    .body(Map.of("error", "since is required: the id of the version to compare with the latest (GET /api/versions lists them)", "status", 400));
        }
        ReportSnapshot from = VersionProblem.snapshot(service, since);
        ReportSnapshot latest = service.snapshot();
        List<AttributedChange> changes;
        try {
            changes = service.attributedChangesSince(from.version()).orElse(List.of());
        } catch (ArchiveUnavailableException e) {
            return unavailable();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("since", from.dataset().id());
        body.put("latest", latest.dataset().id());
        body.put("count", changes.size());
        body.put("figures", changes.stream().map(c -> c.change().figure()).filter(f -> f != null).distinct().count());
        List<Map<String, Object>> list = new ArrayList<>();
        for (AttributedChange attributed : changes) {
            FieldChange change = attributed.change();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("figure", change.figure());
            entry.put("item", change.item());
            entry.put("file", change.file());
            entry.put("path", change.path());
            entry.put("old", change.before());
            entry.put("new", change.after());
            entry.put("version", attributed.version().id());
            entry.put("date", attributed.version().day().toString());
            entry.put("author", attributed.version().author());
            entry.put("note", attributed.version().note());
            list.add(entry);
        }
        body.put("changes", list);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(body);
    }

    private static ResponseEntity<Map<String, Object>> unavailable() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "60").cacheControl(CacheControl.noStore())
                .body(Map.of("error", "the version store cannot be reached; the latest dataset still serves at /api/report", "status", 503));
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
