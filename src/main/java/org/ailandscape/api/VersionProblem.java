package org.ailandscape.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ailandscape.report.ReportService;
import org.ailandscape.report.ReportSnapshot;
import org.ailandscape.report.VersionLookup;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * A request's {@code version} that cannot be served: malformed (400), unknown (404), or older while
 * the version store is down (503). {@link ApiErrors} answers it as JSON with the way to the latest.
 */
public final class VersionProblem extends RuntimeException {

    private final HttpStatus status;

    private VersionProblem(HttpStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    /** The snapshot a request's {@code version} names (the latest without one), or the problem. */
    public static ReportSnapshot snapshot(ReportService service, @Nullable String version) {
        return switch (service.forLink(version)) {
            case VersionLookup.Found found -> found.snapshot();
            case VersionLookup.Malformed m -> throw new VersionProblem(HttpStatus.BAD_REQUEST,
                    "version must be a version id such as 3f9a1c2b7e (10 hex digits), a full SHA-256 or a dated id (2026-11-28.3f9a1c2b7e)");
            case VersionLookup.Unknown u -> throw new VersionProblem(HttpStatus.NOT_FOUND, "no version " + u.id() + "; GET /api/versions lists them");
            case VersionLookup.Unavailable u -> throw new VersionProblem(HttpStatus.SERVICE_UNAVAILABLE,
                    "older versions are unavailable for now (the version store cannot be reached); the latest still serves");
        };
    }

    /** The JSON body of the answer. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", getMessage());
        body.put("status", status.value());
        body.put("latest", "api/report");
        return body;
    }
}
