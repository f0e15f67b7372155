package io.ytbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.HttpStatus;

/** A refusal of the Yclients sandbox, carried to the controller advice as the status and body Yclients would send. */
class YclientsSandboxException extends RuntimeException {

    private final HttpStatus status;
    private final transient ObjectNode body;

    YclientsSandboxException(HttpStatus status, ObjectNode body) {
        super(status + " " + body);
        this.status = status;
        this.body = body;
    }

    static YclientsSandboxException notFound() {
        return new YclientsSandboxException(HttpStatus.NOT_FOUND, YclientsReplies.error("Not found"));
    }

    static YclientsSandboxException invalid(String message) {
        return new YclientsSandboxException(HttpStatus.UNPROCESSABLE_ENTITY, YclientsReplies.error(message));
    }

    /** 422 with a booking error code (431 phone, 433 slot taken, 435 name, 436 no master, 437 overlap, 438 service). */
    static YclientsSandboxException booking(int code, String message) {
        return new YclientsSandboxException(HttpStatus.UNPROCESSABLE_ENTITY, YclientsReplies.validationError(code, message));
    }

    HttpStatus status() {
        return status;
    }

    ObjectNode body() {
        return body;
    }
}
