package io.ytbridge.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ytbridge.config.BridgeEndpoints;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * TEST-ONLY STAND-IN for the Yclients funnel's operation routes this branch calls (issue 3), until that branch is
 * merged: {@code direct:yclients-records-list}, {@code direct:yclients-book-record-get},
 * {@code direct:yclients-hooks-settings-get} and {@code direct:yclients-hooks-settings-save}. Same contract (headers
 * companyId, recordId, recordHash, changedAfter; the envelope's {@code data} as a JsonNode back) and the same real
 * paths, so the tests' WireMock stubs keep serving once the real funnel replaces this. On merge, drop it.
 */
public class YclientsFunnelStandIn extends RouteBuilder {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();

    @Autowired
    BridgeEndpoints endpoints;

    @Override
    public void configure() {
        from("direct:yclients-records-list").routeId("test-stand-in-yclients-records-list")
                .process(exchange -> call(exchange, "GET", "/records/" + header(exchange, "companyId")
                        + "?with_deleted=1&changed_after="
                        + URLEncoder.encode(header(exchange, "changedAfter"), StandardCharsets.UTF_8)));
        from("direct:yclients-book-record-get").routeId("test-stand-in-yclients-book-record-get")
                .process(exchange -> call(exchange, "GET", "/book_record/" + header(exchange, "companyId") + "/"
                        + header(exchange, "recordId") + "/" + header(exchange, "recordHash")));
        from("direct:yclients-hooks-settings-get").routeId("test-stand-in-yclients-hooks-settings-get")
                .process(exchange -> call(exchange, "GET", "/hooks_settings/" + header(exchange, "companyId")));
        from("direct:yclients-hooks-settings-save").routeId("test-stand-in-yclients-hooks-settings-save")
                .process(exchange -> call(exchange, "POST", "/hooks_settings/" + header(exchange, "companyId")));
    }

    private static String header(Exchange exchange, String name) {
        return exchange.getMessage().getHeader(name, String.class);
    }

    private void call(Exchange exchange, String method, String path) throws Exception {
        Object body = exchange.getMessage().getBody();
        HttpRequest.BodyPublisher publisher = "POST".equals(method)
                ? HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body))
                : HttpRequest.BodyPublishers.noBody();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(endpoints.yclientsBaseUrl() + path))
                .method(method, publisher)
                .header("Accept", "application/vnd.yclients.v2+json")
                .header("Content-Type", "application/json")
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("stand-in: Yclients answered " + response.statusCode() + " to " + path);
        }
        JsonNode envelope = mapper.readTree(response.body().isEmpty() ? "{}" : response.body());
        exchange.getMessage().setBody(envelope.path("data"));
    }
}
