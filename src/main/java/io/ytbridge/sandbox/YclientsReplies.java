package io.ytbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The Yclients envelopes: {@code {success, data, meta}} with {@code meta: []} when empty, and the error forms. */
final class YclientsReplies {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private YclientsReplies() {
    }

    static ResponseEntity<JsonNode> ok(JsonNode data) {
        return reply(HttpStatus.OK, data, JSON.arrayNode());
    }

    static ResponseEntity<JsonNode> created(JsonNode data) {
        return reply(HttpStatus.CREATED, data, JSON.arrayNode());
    }

    static ResponseEntity<JsonNode> reply(HttpStatus status, JsonNode data, JsonNode meta) {
        ObjectNode body = JSON.objectNode();
        body.put("success", true);
        body.set("data", data == null ? JSON.nullNode() : data);
        body.set("meta", meta);
        return json(status, body);
    }

    /** {@code {"success": false, "data": null, "meta": {"message": ...}}}. */
    static ObjectNode error(String message) {
        ObjectNode body = JSON.objectNode();
        body.put("success", false);
        body.putNull("data");
        body.putObject("meta").put("message", message);
        return body;
    }

    /** The spec's 422 form: the code sits in {@code meta.errors[]}. */
    static ObjectNode validationError(int code, String message) {
        ObjectNode body = JSON.objectNode();
        body.put("success", false);
        body.putNull("data");
        ObjectNode meta = body.putObject("meta");
        meta.put("message", "An error has occurred");
        ObjectNode error = meta.putArray("errors").addObject();
        error.put("code", code);
        error.put("message", message);
        return body;
    }

    /** The older form, seen on some paths: {@code {"errors": {"code", "message"}, "meta": {"message"}}}. */
    static ObjectNode legacyError(int code, String message) {
        ObjectNode body = JSON.objectNode();
        ObjectNode errors = body.putObject("errors");
        errors.put("code", code);
        errors.put("message", message);
        body.putObject("meta").put("message", message);
        return body;
    }

    static ResponseEntity<JsonNode> json(HttpStatus status, JsonNode body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
