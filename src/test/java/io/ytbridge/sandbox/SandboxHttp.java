package io.ytbridge.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ytbridge.config.BridgeEndpoints;

/** Real HTTP on loopback to the sandboxes, the way the bundle's routes (or a browser) reach them. */
final class SandboxHttp {

    static final String YCLIENTS_ACCEPT = "application/vnd.yclients.v2+json";
    static final String PARTNER_ONLY = "Bearer " + BridgeEndpoints.SANDBOX_YCLIENTS_PARTNER_TOKEN;
    static final String PARTNER_AND_USER = PARTNER_ONLY + ", User " + BridgeEndpoints.SANDBOX_YCLIENTS_USER_TOKEN;

    record Reply(int status, String body, HttpResponse<String> raw) {

        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;

    SandboxHttp(int port) {
        this.port = port;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** A Yclients call with the right Accept header and the given Authorization (null: none). */
    Reply yclients(String method, String path, Object body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + BridgeEndpoints.YCLIENTS_SANDBOX_PATH + path))
                .header("Accept", YCLIENTS_ACCEPT).header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.method(method, publisher(body)));
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET());
    }

    Reply postJson(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/json")
                .POST(publisher(body)));
    }

    Reply postForm(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    private static HttpRequest.BodyPublisher publisher(Object body) {
        if (body == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        try {
            return HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : MAPPER.writeValueAsString(body));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
