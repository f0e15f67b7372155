package io.ytbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns the Yclients sandbox's refusals into the status and body the real API would send. */
@RestControllerAdvice(assignableTypes = {YclientsSandboxBookingController.class, YclientsSandboxCompanyController.class,
        SalonAdminController.class})
@YclientsSandboxOnly
class YclientsSandboxErrors {

    @ExceptionHandler(YclientsSandboxException.class)
    ResponseEntity<JsonNode> refused(YclientsSandboxException refusal) {
        return YclientsReplies.json(refusal.status(), refusal.body());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<JsonNode> unreadable(HttpMessageNotReadableException unreadable) {
        return YclientsReplies.json(HttpStatus.BAD_REQUEST, YclientsReplies.error("Request body is not valid JSON"));
    }
}
