package io.ytbridge.ops;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns a malformed admin request into 400 with {@code {"error": "..."}}, for the admin controllers only. */
@RestControllerAdvice(basePackageClasses = AdminErrors.class)
class AdminErrors {

    @ExceptionHandler(AdminBadRequest.class)
    ResponseEntity<Map<String, String>> badRequest(AdminBadRequest e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", e.getMessage()));
    }
}
