package org.ailandscape.api;

import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The API's answer to a version it cannot serve: the status and a JSON body that says why. */
@RestControllerAdvice(basePackages = "org.ailandscape.api")
class ApiErrors {

    @ExceptionHandler(VersionProblem.class)
    ResponseEntity<Map<String, Object>> version(VersionProblem problem) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noStore());
        if (problem.status().value() == 503) answer.header("Retry-After", "60");
        return answer.body(problem.body());
    }
}
