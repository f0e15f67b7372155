package io.ytbridge.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Sends the webhook Yclients would send after a change in the salon to this bundle's own webhook endpoint, with the
 * shared secret as {@code Authorization: Bearer ...} (YCLIENTS_WEBHOOK_SECRET, or the sandbox's own secret when that
 * is unset). Used by the salon-admin panel, so the notification path can be watched end to end.
 */
@Component
@YclientsSandboxOnly
class SandboxWebhookSender {

    /** What happened to one delivery: the HTTP status, or 0 and the transport error. */
    record Delivery(String url, int status, String error) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Environment environment;
    private final ObjectMapper mapper;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    SandboxWebhookSender(Environment environment, ObjectMapper mapper) {
        this.environment = environment;
        this.mapper = mapper;
    }

    String url() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://127.0.0.1:" + port + environment.getProperty("server.servlet.context-path", "")
                + environment.getProperty("bridge.webhook.path", "/yclients/webhook");
    }

    /** {@code status}: create, update or delete, as Yclients names them. */
    Delivery sendRecordEvent(long companyId, long recordId, String status, ObjectNode record) {
        ObjectNode payload = mapper.createObjectNode();
        payload.put("company_id", companyId);
        payload.put("resource", "record");
        payload.put("resource_id", recordId);
        payload.put("status", status);
        payload.set("data", record);
        String url = url();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + secret())
                    .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(payload)))
                    .build();
            return new Delivery(url, http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode(), null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            return new Delivery(url, 0, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivery(url, 0, "interrupted");
        }
    }

    private String secret() {
        String configured = environment.getProperty("bridge.yclients.webhook-secret", "");
        return configured.isBlank() ? environment.getProperty("bridge.sandbox.webhook-secret", "") : configured;
    }
}
