package io.ytbridge.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.ytbridge.support.CatalogEvictStandIn;
import io.ytbridge.support.TelegramSendStandIn;
import io.ytbridge.support.YclientsFunnelStandIn;
import io.ytbridge.support.YclientsWireMock;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One application context for the webhook tests on H2: a real salon setup (partner token and user login, so
 * reconciliation asks for changed records), Yclients faked by WireMock, stand-ins for the routes other branches
 * bring. 127.0.0.1 and 10.0.0.0/8 may deliver; 127.0.0.2 plays a trusted proxy. Reconciliation is run by hand.
 */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:webhook-tests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "bridge.yclients.partner-token=test-partner-token",
        "bridge.yclients.company-id=1",
        "bridge.yclients.login=admin@salon.test",
        "bridge.yclients.password=test-password",
        "bridge.yclients.webhook-secret=" + WebhookApplicationTestBase.SECRET,
        "bridge.webhook.allowed-cidrs=127.0.0.1/32, 10.0.0.0/8",
        "bridge.webhook.trusted-proxy-cidrs=127.0.0.2/32",
        "bridge.webhook.public-url=" + WebhookApplicationTestBase.PUBLIC_URL,
        "bridge.webhook.processing.sweep-interval=1s",
        "bridge.webhook.processing.retry-delay-seconds=1",
        "bridge.webhook.processing.adopt-after-seconds=0",
        "bridge.reconcile.enabled=false",
        "bridge.admin-token=" + WebhookApplicationTestBase.ADMIN_TOKEN
})
@Import({TelegramSendStandIn.class, CatalogEvictStandIn.class, YclientsFunnelStandIn.class})
abstract class WebhookApplicationTestBase {

    static final String SECRET = "test-webhook-secret";
    static final String ADMIN_TOKEN = "test-admin-token";
    static final String PUBLIC_URL = "https://bot.example.test/yclients/webhook";

    @DynamicPropertySource
    static void yclientsApi(DynamicPropertyRegistry registry) {
        registry.add("bridge.yclients.base-url", YclientsWireMock::baseUrl);
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TelegramSendStandIn telegram;

    WebhookFixtures fixtures() {
        return new WebhookFixtures(jdbc);
    }

    HttpResponse<String> deliver(String path, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> deliverWithBearer(String body) throws Exception {
        return deliver("/yclients/webhook", body.getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer " + SECRET);
    }

    List<java.util.Map<String, Object>> events(String resource, long resourceId) {
        return jdbc.queryForList("SELECT * FROM webhook_event WHERE resource = ? AND resource_id = ? ORDER BY id",
                resource, resourceId);
    }

    boolean allProcessed(String resource, long resourceId) {
        List<java.util.Map<String, Object>> events = events(resource, resourceId);
        return !events.isEmpty() && events.stream().allMatch(event -> event.get("processed_at") != null);
    }
}
