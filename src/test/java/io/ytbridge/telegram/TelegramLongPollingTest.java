package io.ytbridge.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.ytbridge.BridgeApplication;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Long polling against a fake Bot API, across a restart: two application contexts, one after the other, on the same
 * H2 file, as a redeploy would run them.
 */
class TelegramLongPollingTest {

    private static final String DATABASE_URL = newDatabaseUrl();

    private static WireMockServer botApi;

    @BeforeAll
    static void startBotApi() {
        botApi = FakeBotApi.start();
    }

    @BeforeEach
    void forgetEarlierRequests() {
        botApi.resetRequests();
    }

    @AfterAll
    static void stopBotApi() {
        botApi.stop();
    }

    @Test
    void offsetConfirmsEachBatchAndARestartNeitherLosesNorReplays() throws Exception {
        FakeBotApi.stubGetUpdates(botApi, 0, FakeBotApi.messageUpdate(100, 501, "/start"),
                FakeBotApi.contactUpdate(101, 502, "+79161234567"));

        try (ConfigurableApplicationContext first = startApplication()) {
            MockEndpoint dialog = dialog(first);
            await().atMost(Duration.ofSeconds(20)).until(() -> offset(first) == 102);

            // Two chats, served side by side: either may reach the dialog first.
            assertThat(dialog.getReceivedExchanges()).extracting(exchange -> header(exchange, "updateId"))
                    .containsExactlyInAnyOrder(100L, 101L);
            Exchange start = received(dialog, 100L);
            assertThat(header(start, "chatId")).isEqualTo(501L);
            assertThat(header(start, "messageText")).isEqualTo("/start");
            assertThat(header(start, "languageCode")).isEqualTo("ru");
            assertThat(start.getMessage().getHeaders()).as("nothing of the poll rides along")
                    .containsOnlyKeys("telegramUpdate", "updateId", "correlationId", "chatId", "fromId",
                            "fromFirstName", "languageCode", "messageText");
            assertThat(FakeBotApi.readJson(start.getMessage().getBody(String.class)).path("message").path("text").asText())
                    .as("the dialog gets the raw update").isEqualTo("/start");
            Exchange contact = received(dialog, 101L);
            assertThat(header(contact, "contactPhone")).isEqualTo("+79161234567");
            assertThat(header(contact, "contactUserId")).isEqualTo(502L);
            assertThat(header(contact, "fromId")).isEqualTo(502L);

            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("SELECT update_id FROM telegram_update WHERE processed_at IS NOT NULL "
                    + "ORDER BY update_id", Long.class)).containsExactly(100L, 101L);

            // Long polling mode serves no webhook endpoint.
            assertThat(postWebhook(first)).isEqualTo(404);
        }
        assertThat(FakeBotApi.requestedOffsets(botApi)).startsWith("0").contains("102").doesNotContain("101");
        JsonNode poll = FakeBotApi.readJson(FakeBotApi.requests(botApi, "getUpdates").get(0).getBodyAsString());
        assertThat(poll.path("offset").isNumber()).as(poll.toString()).isTrue();
        assertThat(poll.path("timeout").asInt()).isEqualTo(1);
        assertThat(FakeBotApi.requests(botApi, "deleteWebhook")).hasSize(1);
        assertThat(FakeBotApi.requests(botApi, "deleteWebhook").get(0).getLoggedDate())
                .isBeforeOrEqualTo(FakeBotApi.requests(botApi, "getUpdates").get(0).getLoggedDate());

        // A crash after update 101 was recorded but before the offset moved past it: Telegram sends 101 again.
        try (Connection connection = DriverManager.getConnection(DATABASE_URL, "sa", "")) {
            connection.createStatement().executeUpdate(
                    "UPDATE bridge_state SET state_value = 101 WHERE name = 'telegram.offset'");
        }
        // Nothing Telegram would send, yet it must not stall polling: it is passed over with its batch.
        FakeBotApi.stubGetUpdates(botApi, 101, FakeBotApi.contactUpdate(101, 502, "+79161234567"),
                "{\"update_id\":\"not-a-number\",\"message\":{}}", FakeBotApi.messageUpdate(102, 503, "hello"));
        botApi.resetRequests();

        try (ConfigurableApplicationContext second = startApplication()) {
            MockEndpoint dialog = dialog(second);
            await().atMost(Duration.ofSeconds(20)).until(() -> offset(second) == 103);

            assertThat(dialog.getReceivedExchanges()).extracting(exchange -> header(exchange, "updateId"))
                    .containsExactly(102L);
            assertThat(second.getBean(JdbcTemplate.class).queryForList(
                    "SELECT update_id FROM telegram_update ORDER BY update_id", Long.class))
                    .containsExactly(100L, 101L, 102L);
        }
        assertThat(FakeBotApi.requestedOffsets(botApi)).startsWith("101").contains("103").doesNotContain("0", "102");
    }

    @Test
    void aSlowChatHoldsUpOnlyItselfWhileEachChatKeepsItsOrder() throws Exception {
        // A fresh database polls from offset 0: nothing there until the slow dialog is in place.
        FakeBotApi.stubGetUpdates(botApi, 0);
        CountDownLatch slowChatMayGoOn = new CountDownLatch(1);
        try (ConfigurableApplicationContext app = startApplication(newDatabaseUrl())) {
            // In the route, not in the mock endpoint, which takes one exchange at a time.
            AdviceWith.adviceWith(app.getBean(CamelContext.class), "dialog-recorder", route -> route.weaveAddFirst()
                    .process(exchange -> {
                        if (Long.valueOf(601).equals(exchange.getMessage().getHeader("chatId"))) {
                            slowChatMayGoOn.await(30, TimeUnit.SECONDS);
                        }
                    }));
            MockEndpoint dialog = dialog(app);
            FakeBotApi.stubGetUpdates(botApi, 0, FakeBotApi.messageUpdate(300, 601, "/start"),
                    FakeBotApi.messageUpdate(301, 602, "/start"),
                    FakeBotApi.contactUpdate(302, 601, "+79161234567"));

            await().atMost(Duration.ofSeconds(20)).until(() -> dialog.getReceivedExchanges().size() == 1);
            assertThat(dialog.getReceivedExchanges()).extracting(exchange -> header(exchange, "updateId"))
                    .as("chat 602 is served while chat 601 waits; 601's next update waits behind its first")
                    .containsExactly(301L);
            assertThat(offset(app)).as("the batch is confirmed only once all of it was handled").isZero();

            slowChatMayGoOn.countDown();
            await().atMost(Duration.ofSeconds(20)).until(() -> offset(app) == 303);
            List<Object> chat601 = dialog.getReceivedExchanges().stream()
                    .filter(exchange -> Long.valueOf(601).equals(header(exchange, "chatId")))
                    .map(exchange -> header(exchange, "updateId")).toList();
            assertThat(chat601).containsExactly(300L, 302L);
        }
    }

    private static Exchange received(MockEndpoint dialog, long updateId) {
        return dialog.getReceivedExchanges().stream().filter(exchange -> header(exchange, "updateId").equals(updateId))
                .findFirst().orElseThrow();
    }

    private static String newDatabaseUrl() {
        return "jdbc:h2:file:./target/test-data/telegram-polling-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    private static ConfigurableApplicationContext startApplication() {
        return startApplication(DATABASE_URL);
    }

    private static ConfigurableApplicationContext startApplication(String databaseUrl) {
        return new SpringApplicationBuilder(BridgeApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + databaseUrl,
                "--bridge.telegram.bot-token=" + FakeBotApi.TOKEN,
                "--bridge.telegram.api-base-url=" + botApi.baseUrl(),
                "--bridge.telegram.poll-timeout-seconds=1",
                "--bridge.telegram.poll-error-backoff-ms=200",
                "--camel.main.routes-include-pattern=file:routes/telegram-*.yaml,file:routes/audit.yaml,"
                        + "classpath:telegram-test/dialog-recorder.yaml");
    }

    private static MockEndpoint dialog(ConfigurableApplicationContext context) {
        return context.getBean(CamelContext.class).getEndpoint("mock:dialog", MockEndpoint.class);
    }

    private static long offset(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForObject(
                "SELECT state_value FROM bridge_state WHERE name = 'telegram.offset'", Long.class);
    }

    private static Object header(Exchange exchange, String name) {
        return exchange.getMessage().getHeader(name);
    }

    private static int postWebhook(ConfigurableApplicationContext context) throws Exception {
        String port = context.getEnvironment().getProperty("local.server.port");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                .POST(HttpRequest.BodyPublishers.ofString(FakeBotApi.messageUpdate(900, 900, "/start"))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
