package io.ytbridge.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.ytbridge.support.BotApiWireMock.sentTo;
import static io.ytbridge.webhook.WebhookFixtures.inDays;
import static io.ytbridge.webhook.WebhookFixtures.recordEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.ytbridge.support.BotApiWireMock;
import io.ytbridge.support.PrometheusScrape;
import io.ytbridge.support.RestartablePostgres;
import io.ytbridge.support.YclientsWireMock;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On a real PostgreSQL that can be stopped and started again on the same port and data: while it is down the
 * receiver answers 503 (never 2xx for an event it did not store), and Yclients' redelivery afterwards is stored
 * and told once. Also reconciliation without a salon login: the bot's own records, read one by one by hash.
 */
// Its database is stopped after the class: a cached context would keep trying to reach it, and log so.
@DirtiesContext
@CamelSpringBootTest
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bridge.yclients.partner-token=test-partner-token",
        "bridge.yclients.company-id=1",
        "bridge.yclients.webhook-secret=" + YclientsWebhookPostgresTest.SECRET,
        "bridge.webhook.processing.sweep-interval=1s",
        "bridge.webhook.processing.retry-delay-seconds=1",
        "bridge.reconcile.enabled=false",
        "bridge.reconcile.rate-limit-share=1",
        "spring.datasource.hikari.connection-timeout=1000",
        "spring.datasource.hikari.validation-timeout=500",
        "bridge.telegram.bot-token=" + BotApiWireMock.TOKEN,
        "bridge.telegram.inbound-enabled=false"
})
class YclientsWebhookPostgresTest {

    static final String SECRET = "postgres-test-webhook-secret";

    private static final RestartablePostgres POSTGRES = RestartablePostgres.forTheApplication("webhook-postgres");

    @DynamicPropertySource
    static void fakeApis(DynamicPropertyRegistry registry) {
        registry.add("bridge.yclients.base-url", YclientsWireMock::baseUrl);
        registry.add("bridge.telegram.api-base-url", BotApiWireMock::baseUrl);
    }

    @AfterAll
    static void discardTheDatabase() throws IOException {
        POSTGRES.discard();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProducerTemplate producer;

    @Test
    void whileTheDatabaseIsDownDeliveriesGet503AndTheRedeliveryIsStoredAndToldOnce() throws Exception {
        WebhookFixtures fixtures = new WebhookFixtures(jdbc);
        long user = fixtures.user("ru");
        long recordId = WebhookFixtures.nextId();
        OffsetDateTime startsAt = inDays(3, 9);
        fixtures.botBooking(user, recordId, "booked", startsAt);
        String confirmed = recordEvent(recordId, "update", 2, false, startsAt, inDays(0, 9), 601, "+79160000601");

        String metricsBefore = PrometheusScrape.fetch(port);
        POSTGRES.stop();
        try {
            assertThat(deliver(confirmed).statusCode()).isEqualTo(503);
            assertThat(deliver(confirmed).body()).isEmpty();
        } finally {
            POSTGRES.start();
        }
        assertThat(PrometheusScrape.value(PrometheusScrape.fetch(port), "bridge_webhook_deliveries_total",
                "outcome=\"unavailable\"")).isEqualTo(PrometheusScrape.value(metricsBefore,
                "bridge_webhook_deliveries_total", "outcome=\"unavailable\"") + 2);

        // Yclients delivers again; the first tries may still meet connections the restart broke.
        await().atMost(Duration.ofSeconds(30)).until(() -> deliver(confirmed).statusCode() == 200);
        await().until(() -> processed(recordId));
        assertThat(deliver(confirmed).body()).isEqualTo("{\"status\":\"duplicate\"}");
        assertThat(jdbc.queryForList("SELECT attempts, event_name FROM webhook_event WHERE resource = 'record' "
                + "AND resource_id = ?", recordId)).singleElement()
                .satisfies(event -> assertThat(event).containsEntry("attempts", 1).containsEntry("event_name", "record.confirm"));
        assertThat(sentTo(user)).hasSize(1);
        assertThat(fixtures.bookingStatus(recordId)).isEqualTo("confirmed");
    }

    @Test
    void withoutALoginReconciliationReadsTheBotsOwnRecordsByHashAndTellsAMoveOnce() throws Exception {
        WebhookFixtures fixtures = new WebhookFixtures(jdbc);
        long user = fixtures.user("ru");
        long recordId = WebhookFixtures.nextId();
        OffsetDateTime startsAt = inDays(3, 9);
        OffsetDateTime movedTo = inDays(4, 12);
        fixtures.botBooking(user, recordId, "confirmed", startsAt);
        String record = new ObjectMapper().readTree(
                recordEvent(recordId, "update", 0, false, movedTo, inDays(0, 9), 602, "+79160000602")).get("data").toString();
        WireMockServer yclients = YclientsWireMock.reset();
        String path = "/api/v1/book_record/1/" + recordId + "/hash" + recordId;
        yclients.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"success\":true,\"data\":" + record + ",\"meta\":[]}")));

        producer.requestBody("direct:reconcile-run", (Object) null);
        await().until(() -> processed(recordId));
        producer.requestBody("direct:reconcile-run", (Object) null);

        yclients.verify(2, getRequestedFor(urlPathEqualTo(path)));
        assertThat(sentTo(user)).singleElement()
                .satisfies(message -> assertThat(message.text()).startsWith("🕒 Салон перенёс вашу запись «Стрижка — Мария»"));
        Map<String, Object> booking = jdbc.queryForMap("SELECT starts_at, reconciled_at FROM booking WHERE record_id = ?",
                recordId);
        assertThat(booking.get("reconciled_at")).isNotNull();
        assertThat(jdbc.queryForObject("SELECT starts_at FROM booking WHERE record_id = ?", OffsetDateTime.class, recordId))
                .isAtSameInstantAs(movedTo);
    }

    private boolean processed(long recordId) {
        List<Map<String, Object>> events = jdbc.queryForList(
                "SELECT processed_at FROM webhook_event WHERE resource = 'record' AND resource_id = ?", recordId);
        return !events.isEmpty() && events.stream().allMatch(event -> event.get("processed_at") != null);
    }

    private HttpResponse<String> deliver(String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/yclients/webhook"))
                .header("Authorization", "Bearer " + SECRET)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
