package io.ytbridge.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.apache.camel.test.spring.junit5.MockEndpointsAndSkip;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One application context for the operations tests (they share it, so it starts once): an admin token, an admin
 * chat, a secrets directory re-read every 200 ms, the rotation reminder checked every 300 ms, the analytics file
 * sink, and Telegram sends diverted to {@code mock:direct:telegram-send}.
 */
@CamelSpringBootTest
@AutoConfigureObservability
@MockEndpointsAndSkip("direct:telegram-send")
@Import(OpsApplicationTest.OpsTestBeans.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:ops;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "bridge.admin-token=" + OpsApplicationTest.ADMIN_TOKEN,
        "bridge.admin-chat-id=" + OpsApplicationTest.ADMIN_CHAT_ID,
        "bridge.analytics.jsonl-file=" + OpsApplicationTest.ANALYTICS_FILE,
        "bridge.secrets.file=" + OpsApplicationTest.SECRETS_DIRECTORY,
        "bridge.secrets.reload-interval=200",
        "bridge.secrets.reminder-check-interval=300",
        // Telegram sends go to a mock, which gives a poller nothing to wait on.
        "bridge.telegram.inbound-enabled=false"
})
abstract class OpsApplicationTest {

    static final String ADMIN_TOKEN = "ops-test-admin-token-7f3a9c";
    static final String ADMIN_CHAT_ID = "-100500";
    static final String ANALYTICS_FILE = "target/test-analytics/bookings.jsonl";
    static final String SECRETS_DIRECTORY = "target/test-secrets/ops";

    static {
        // The mounted-secrets directory starts empty: every value comes from the properties above.
        try {
            Path directory = Path.of(SECRETS_DIRECTORY);
            if (Files.exists(directory)) {
                try (var files = Files.list(directory)) {
                    for (Path file : files.toList()) {
                        Files.delete(file);
                    }
                }
            }
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestConfiguration
    static class OpsTestBeans {

        /** An admin endpoint served by Camel rather than Spring MVC: the gate must cover it too. */
        @Bean
        RouteBuilder adminPingRoute() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("platform-http:/admin/camel-ping").routeId("test-admin-camel-ping")
                            .setBody(constant("pong"));
                }
            };
        }

        @Bean
        RotatedEvents rotatedEvents() {
            return new RotatedEvents();
        }
    }

    /** Every SecretsRotatedEvent published, as a funnel listening for them would see them. */
    static class RotatedEvents {
        final List<SecretsRotatedEvent> received = new CopyOnWriteArrayList<>();

        @EventListener
        void on(SecretsRotatedEvent event) {
            received.add(event);
        }
    }

    final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    HttpResponse<String> get(String path, String bearer) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET(), bearer);
    }

    HttpResponse<String> adminGet(String path) throws Exception {
        return get(path, ADMIN_TOKEN);
    }

    HttpResponse<String> adminPost(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), ADMIN_TOKEN);
    }

    HttpResponse<String> adminPut(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), ADMIN_TOKEN);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String bearer) throws Exception {
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
