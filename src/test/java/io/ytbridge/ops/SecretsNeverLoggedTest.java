package io.ytbridge.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.ytbridge.support.KnownSecrets;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Starts the application with known values for every secret, Yclients and the Bot API pointed at a WireMock fake
 * that fails, and runs what could leak: admin calls with right and wrong tokens, a failing Bot API call
 * whose URL holds the bot token, audit rows fed a token and a phone, log lines with phones. Then no secret and no
 * full phone may be found in the captured output (startup included), the audit table, or the metrics.
 * To cover a new flow, add it to {@link #everythingThatCouldLeak} (or a test of its own in this class).
 */
@ExtendWith(OutputCaptureExtension.class)
@CamelSpringBootTest
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:secrets-never-logged;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        KnownSecrets.SETTING_TELEGRAM_BOT_TOKEN, KnownSecrets.SETTING_TELEGRAM_WEBHOOK_SECRET,
        KnownSecrets.SETTING_YCLIENTS_PARTNER_TOKEN, KnownSecrets.SETTING_YCLIENTS_COMPANY_ID,
        KnownSecrets.SETTING_YCLIENTS_LOGIN, KnownSecrets.SETTING_YCLIENTS_PASSWORD,
        KnownSecrets.SETTING_YCLIENTS_WEBHOOK_SECRET, KnownSecrets.SETTING_ADMIN_TOKEN,
        KnownSecrets.SETTING_DATABASE_PASSWORD
})
class SecretsNeverLoggedTest {

    private static final WireMockServer FAKES = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    static {
        FAKES.start();
        FAKES.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":false,\"description\":\"chat of " + KnownSecrets.PHONE + " not found\"}")));
    }

    @DynamicPropertySource
    static void fakes(DynamicPropertyRegistry registry) {
        registry.add("bridge.yclients.base-url", () -> FAKES.baseUrl() + "/api/v1");
        registry.add("bridge.telegram.api-base-url", FAKES::baseUrl);
    }

    @AfterAll
    static void stopFakes() {
        FAKES.stop();
    }

    /** Flows of this branch that handle secrets and phones; the booking and webhook flows join them here. */
    @TestConfiguration
    static class FlowsUnderTest {
        @Bean
        RouteBuilder leakProneRoutes() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:test-contact-shared").routeId("test-contact-shared")
                            .log("Contact shared by ${header.phone}");
                    from("direct:test-bot-api-call").routeId("test-bot-api-call")
                            .process(exchange -> {
                                Map<String, Object> audit = new HashMap<>();
                                audit.put("auditSystem", "telegram");
                                audit.put("auditOperation", "getMe");
                                audit.put("auditMethod", "GET");
                                // As if a caller forgot to strip the token and the phone from the path it audits.
                                audit.put("auditPath", "/bot" + KnownSecrets.TELEGRAM_BOT_TOKEN + "/getMe?phone="
                                        + KnownSecrets.PHONE);
                                audit.put("auditHttpStatus", 500);
                                audit.put("auditLatencyMs", 3L);
                                audit.put("auditOutcome", "error");
                                audit.put("auditErrorCode", null);
                                audit.put("auditCorrelationId", "update-4243");
                                exchange.getMessage().getHeaders().putAll(audit);
                            })
                            .wireTap("direct:audit")
                            .toD("${bean:bridgeEndpoints.telegramApiBaseUrl}/bot${bean:bridgeEndpoints.telegramBotToken}/getMe");
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ProducerTemplate producer;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everythingThatCouldLeak(CapturedOutput output) throws Exception {
        assertThat(admin("/admin/audit?limit=5", KnownSecrets.ADMIN_TOKEN).statusCode()).isEqualTo(200);
        assertThat(admin("/admin/audit", KnownSecrets.YCLIENTS_PARTNER_TOKEN).statusCode()).isEqualTo(401);
        assertThat(admin("/admin/bookings/export?from=2026-01-01&to=2026-01-02&phones=full", KnownSecrets.ADMIN_TOKEN)
                .statusCode()).isEqualTo(200);

        String rotatedPassword = "rotated-Password-7d2c";
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/admin/secrets/YCLIENTS_PASSWORD")).header("Authorization", "Bearer " + KnownSecrets.ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"value\":\"" + rotatedPassword + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        producer.sendBodyAndHeaders("direct:test-contact-shared", null,
                Map.of("phone", KnownSecrets.PHONE, "correlationId", "update-4242"));
        assertThatThrownBy(() -> producer.sendBody("direct:test-bot-api-call", null))
                .hasStackTraceContaining("statusCode: 500");
        LoggerFactory.getLogger(SecretsNeverLoggedTest.class).warn("Client lookup for {} failed", KnownSecrets.PHONE,
                new IllegalStateException("no client with phone 8 (916) 123-45-67"));

        await().untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_log WHERE operation = 'getMe'", Long.class)).isEqualTo(1));
        await().untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_log WHERE external_system = 'admin'", Long.class)).isEqualTo(4));

        String logs = output.getAll();
        assertThat(logs).as("the flows ran and logged").contains("Contact shared by +7******4567")
                .contains("HttpOperationFailedException").contains("bot" + SensitiveText.REDACTED + "/getMe");
        assertThat(logs).contains("Secrets changed without a restart: [YCLIENTS_PASSWORD]").doesNotContain(rotatedPassword);
        KnownSecrets.assertAbsent("logs", logs);
        KnownSecrets.assertAbsentFromAuditLog(jdbc);
        KnownSecrets.assertAbsent("metrics", get("/actuator/prometheus").body());
    }

    @Test
    void aFlowsLogLinesCarryItsCorrelationId(CapturedOutput output) {
        producer.sendBodyAndHeaders("direct:test-contact-shared", null,
                Map.of("phone", KnownSecrets.PHONE, "correlationId", "update-777"));

        // Plain ("[update-777] ") or JSON ("correlationId":"update-777"), whichever this JVM's logging was started with.
        assertThat(Arrays.stream(output.getOut().split("\n")).filter(line -> line.contains("Contact shared by")))
                .anySatisfy(line -> assertThat(line).contains("update-777").contains("+7******4567"));
    }

    private HttpResponse<String> admin(String path, String bearer) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + bearer).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
