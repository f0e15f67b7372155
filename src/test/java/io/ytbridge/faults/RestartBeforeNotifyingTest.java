package io.ytbridge.faults;

import static io.ytbridge.support.BotApiWireMock.sentTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import io.ytbridge.BridgeApplication;
import io.ytbridge.support.BotApiWireMock;
import io.ytbridge.support.YclientsWireMock;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application stops after it stored a Yclients webhook and answered 200, while its notification is still on the
 * way to Telegram (the Bot API holds the answer, then refuses it). A new application on the same database tells the
 * user exactly once.
 */
class RestartBeforeNotifyingTest {

    private static final String SECRET = "restart-test-webhook-secret";
    private static final DateTimeFormatter YCLIENTS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");

    private final String database = "jdbc:h2:file:./target/test-data/restart-notify-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @Test
    void aNotificationInFlightAtShutdownIsSentOnceAfterTheRestart() throws Exception {
        long user = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
        long recordId = user + 7;
        OffsetDateTime startsAt = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).withHour(9).withMinute(0).withSecond(0).withNano(0);

        ConfigurableApplicationContext first = start();
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        jdbc.update("INSERT INTO telegram_user (telegram_user_id, chat_id, language) VALUES (?, ?, 'ru')", user, user);
        jdbc.update("INSERT INTO booking (telegram_user_id, company_id, record_id, record_hash, service_ids, service_title, "
                + "staff_id, staff_name, starts_at, status) VALUES (?, 1, ?, ?, '331', 'Стрижка', 6544, 'Мария', ?, 'waiting')",
                user, recordId, "hash" + recordId, startsAt);
        BotApiWireMock.failNext(user, 100);
        BotApiWireMock.holdAnswers();
        try {
            assertThat(deliver(port(first), confirmation(recordId, user, startsAt)).statusCode()).isEqualTo(200);
            // Claimed by the worker, whose message to Telegram is now held: stored and answered, not yet told.
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                    "SELECT attempts FROM webhook_event WHERE resource_id = ?", Integer.class, recordId) == 1);
            assertThat(jdbc.queryForObject("SELECT processed_at FROM webhook_event WHERE resource_id = ?",
                    OffsetDateTime.class, recordId)).isNull();
            // Telegram answers (with a refusal) only once the application is shutting down.
            CamelContext camel = first.getBean(CamelContext.class);
            CompletableFuture<Void> answerWhenStopping = CompletableFuture.runAsync(() -> {
                await().atMost(Duration.ofSeconds(30)).until(() -> camel.isStopping() || camel.isStopped());
                BotApiWireMock.releaseAnswers();
            });
            first.close();
            answerWhenStopping.join();
        } finally {
            BotApiWireMock.releaseAnswers();
        }
        assertThat(sentTo(user)).as("nothing reached the user before the restart").isEmpty();
        BotApiWireMock.failNext(user, 0);

        try (ConfigurableApplicationContext second = start()) {
            JdbcTemplate restarted = second.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> restarted.queryForObject(
                    "SELECT COUNT(*) FROM webhook_event WHERE resource_id = ? AND processed_at IS NOT NULL", Integer.class,
                    recordId) == 1);
            assertThat(sentTo(user)).singleElement()
                    .satisfies(message -> assertThat(message.text()).startsWith("✅ Салон подтвердил вашу запись"));
            assertThat(restarted.queryForObject("SELECT status FROM booking WHERE record_id = ?", String.class, recordId))
                    .isEqualTo("confirmed");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(BridgeApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + database,
                "--bridge.yclients.partner-token=test-partner-token",
                "--bridge.yclients.company-id=1",
                "--bridge.yclients.webhook-secret=" + SECRET,
                "--bridge.yclients.base-url=" + YclientsWireMock.baseUrl(),
                "--bridge.telegram.bot-token=" + BotApiWireMock.TOKEN,
                "--bridge.telegram.api-base-url=" + BotApiWireMock.baseUrl(),
                "--bridge.telegram.inbound-enabled=false",
                "--bridge.telegram.retry.max-retries=1",
                "--bridge.telegram.retry.initial-delay-ms=100",
                "--bridge.webhook.processing.sweep-interval=1s",
                "--bridge.webhook.processing.retry-delay-seconds=1",
                "--bridge.webhook.processing.lease-seconds=2",
                "--bridge.reconcile.enabled=false",
                "--camel.main.shutdown-timeout=2");
    }

    private static HttpResponse<String> deliver(int port, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/yclients/webhook"))
                .header("Authorization", "Bearer " + SECRET).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The salon confirmed the record: Yclients' shape, ids as strings, offsets without a colon. */
    private static String confirmation(long recordId, long clientId, OffsetDateTime startsAt) {
        String at = startsAt.withOffsetSameInstant(ZoneOffset.ofHours(3)).format(YCLIENTS_TIME);
        return """
                {"company_id":"1","resource":"record","resource_id":"%d","status":"update","data":{
                  "id":"%d","company_id":1,"staff_id":"6544","services":[{"id":"331","title":"Стрижка","cost":"1500.00"}],
                  "staff":{"id":6544,"name":"Мария"},"client":{"id":"%d","name":"Анна","surname":"","phone":"+79160000601"},
                  "datetime":"%s","create_date":"2026-01-10T10:00:00+0300","last_change_date":"%s","online":true,
                  "attendance":"2","confirmed":"1","deleted":false}}""".formatted(recordId, recordId, clientId, at,
                OffsetDateTime.now(ZoneOffset.ofHours(3)).format(YCLIENTS_TIME));
    }

    private static int port(ConfigurableApplicationContext application) {
        return application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }
}
