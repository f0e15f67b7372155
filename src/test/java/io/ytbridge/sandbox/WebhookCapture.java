package io.ytbridge.sandbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Stands in for the webhook receiver in sandbox tests: keeps what arrived, with its Authorization header. */
@RestController
class WebhookCapture {

    static final String PATH = "/sandbox-test/webhook";
    static final String SECRET = "sandbox-test-webhook-secret";

    record Received(String authorization, JsonNode payload) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();

    @PostMapping(PATH)
    ResponseEntity<Void> receive(@RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestBody JsonNode payload) {
        received.add(new Received(authorization, payload));
        return ResponseEntity.ok().build();
    }

    List<Received> received() {
        return received;
    }
}
