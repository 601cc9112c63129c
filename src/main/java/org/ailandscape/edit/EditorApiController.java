package org.ailandscape.edit;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ailandscape.report.DataFile;
import org.ailandscape.report.LoadedData;
import org.ailandscape.report.archive.ArchiveUnavailableException;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The editor's HTTP API, for signed-in accounts only (the security chain answers 401 to anyone else,
 * and 403 to a POST without the session's CSRF token): the session (with that token), the drafts, the
 * figures as a spreadsheet, the current version in the developers' {@code data/} layout, a spreadsheet
 * upload that becomes a draft, and (publishers only) the audit.
 */
@RestController
class EditorApiController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final int MAX_UPLOAD = 5 * 1024 * 1024;

    private final EditorService service;

    EditorApiController(EditorService service) {
        this.service = service;
    }

    /** Who is signed in, and the CSRF token a POST of this API must send (header and value). */
    @GetMapping("/api/edit/session")
    Map<String, Object> session(Principal principal, HttpServletRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user", principal.getName());
        body.put("publisher", request.isUserInRole("PUBLISHER"));
        Object token = request.getAttribute(CsrfToken.class.getName());
        if (token instanceof CsrfToken csrf) body.put("csrf", Map.of("header", csrf.getHeaderName(), "token", csrf.getToken()));
        return body;
    }

    @GetMapping("/api/edit/drafts")
    Map<String, Object> drafts(Principal principal) {
        return Map.of("mine", service.store().draftsOf(principal.getName()).stream().map(EditorApiController::draft).toList(),
                "submitted", service.submitted().stream().map(EditorApiController::draft).toList());
    }

    @GetMapping("/api/edit/figures.xlsx")
    ResponseEntity<byte[]> xlsx() {
        LoadedData latest = service.latest();
        return attachment(FigureSheet.xlsx(latest), XLSX, "figures-" + latest.snapshot().version() + ".xlsx");
    }

    @GetMapping("/api/edit/figures.csv")
    ResponseEntity<byte[]> csv() {
        LoadedData latest = service.latest();
        return attachment(FigureSheet.csv(latest), new MediaType("text", "csv", StandardCharsets.UTF_8), "figures-" + latest.snapshot().version() + ".csv");
    }

    /** The current version as the developers keep it: {@code data/*.json} with the schemas, ready to drop into the repository. */
    @GetMapping("/api/edit/dataset.zip")
    ResponseEntity<byte[]> dataset() throws IOException {
        LoadedData latest = service.latest();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (DataFile file : DataFile.values()) {
                byte[] content = latest.files().get(file.fileName());
                if (content == null) continue;
                zip.putNextEntry(new ZipEntry("data/" + file.fileName()));
                zip.write(content);
                zip.closeEntry();
            }
            for (var schema : new PathMatchingResourcePatternResolver().getResources("classpath:data/schema/*.schema.json")) {
                try (InputStream in = schema.getInputStream()) {
                    zip.putNextEntry(new ZipEntry("data/schema/" + schema.getFilename()));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        }
        return attachment(bytes.toByteArray(), MediaType.parseMediaType("application/zip"), "data-" + latest.snapshot().version() + ".zip");
    }

    /**
     * A spreadsheet of figures (.xlsx or CSV, the body as it is) made into the caller's draft. A file with
     * any problem is refused whole (400, each problem with its row and column); nothing is saved then.
     */
    @PostMapping(value = "/api/edit/upload", consumes = MediaType.ALL_VALUE)
    ResponseEntity<Map<String, Object>> upload(@RequestBody byte[] body, @RequestParam(defaultValue = "upload") String name, Principal principal) {
        if (body.length > MAX_UPLOAD) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Map.of("error", "the file is larger than 5 MB"));
        }
        FigureSheet.Reading reading = FigureSheet.read(body, service.latest(), service);
        if (!reading.ok()) {
            return ResponseEntity.badRequest().body(Map.of("error", "the file was refused; nothing was changed",
                    "problems", reading.problems().stream().map(p -> Map.of("row", p.row(), "column", p.column(), "reason", p.reason())).toList()));
        }
        if (reading.edits().isEmpty()) return ResponseEntity.ok(Map.of("changes", 0));
        Draft draft = service.save(principal.getName(), reading.edits(), "spreadsheet " + name);
        service.store().audit(java.time.Instant.now(), principal.getName(), AuditEvent.DRAFT_UPLOADED, "draft " + draft.id(), name, "");
        return ResponseEntity.ok(Map.of("changes", reading.edits().size(), "draft", draft(draft)));
    }

    /** The audit, newest first (publishers only). */
    @GetMapping("/api/audit")
    List<AuditEvent> audit(@RequestParam(defaultValue = "500") int limit) {
        return service.store().audit(Math.min(Math.max(limit, 1), 5_000));
    }

    @ExceptionHandler(EditRefusedException.class)
    ResponseEntity<Map<String, Object>> refused(EditRefusedException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(ArchiveUnavailableException.class)
    ResponseEntity<Map<String, Object>> down(ArchiveUnavailableException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30").body(Map.of("error", "the version store cannot be reached"));
    }

    private static Map<String, Object> draft(Draft draft) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", draft.id());
        body.put("author", draft.author());
        body.put("status", draft.status().name().toLowerCase(java.util.Locale.ROOT));
        body.put("note", draft.note());
        body.put("reviewComment", draft.reviewComment());
        body.put("baseVersion", draft.baseVersion());
        body.put("updated", draft.updated().toString());
        if (draft.publishedVersion() != null) body.put("publishedVersion", draft.publishedVersion());
        body.put("changes", draft.edits().stream().map(e -> {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("file", e.file());
            change.put("path", e.path());
            change.put("before", e.before());
            change.put("after", e.after());
            return change;
        }).toList());
        return body;
    }

    private static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type).cacheControl(org.springframework.http.CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString()).body(body);
    }
}
