package io.ytbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Bot API answers: {@code {ok: true, result}} and {@code {ok: false, error_code, description, parameters}}. */
final class BotApiReplies {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private BotApiReplies() {
    }

    static ResponseEntity<JsonNode> ok(JsonNode result) {
        return ok(result, null);
    }

    static ResponseEntity<JsonNode> ok(JsonNode result, String description) {
        ObjectNode body = JSON.objectNode();
        body.put("ok", true);
        body.set("result", result);
        if (description != null) {
            body.put("description", description);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    static ResponseEntity<JsonNode> error(BotApiException refusal) {
        ObjectNode body = JSON.objectNode();
        body.put("ok", false);
        body.put("error_code", refusal.errorCode());
        body.put("description", refusal.getMessage());
        if (refusal.retryAfter() != null) {
            body.putObject("parameters").put("retry_after", refusal.retryAfter());
        }
        return ResponseEntity.status(refusal.errorCode()).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
