package io.ytbridge.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.ytbridge.support.LogErrors;
import org.apache.camel.CamelContext;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Webhook mode over real HTTP: Telegram's deliveries with and without the secret token. */
@ExtendWith(OutputCaptureExtension.class)
class TelegramWebhookTest extends WebhookModeApplication {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    CamelContext camel;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void startupRegistersTheWebhookWithItsSecretAndDoesNotPoll() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> !FakeBotApi.requests(botApi, "setWebhook").isEmpty());

        List<LoggedRequest> registrations = FakeBotApi.requests(botApi, "setWebhook");
        assertThat(registrations).hasSize(1);
        JsonNode payload = new ObjectMapper().readTree(registrations.get(0).getBodyAsString());
        assertThat(payload.path("url").asText()).isEqualTo("https://bot.example.test/telegram/webhook");
        assertThat(payload.path("secret_token").asText()).isEqualTo(WEBHOOK_SECRET);
        assertThat(FakeBotApi.requests(botApi, "getUpdates")).isEmpty();
        assertThat(FakeBotApi.requests(botApi, "deleteWebhook")).isEmpty();
    }

    @Test
    void aDeliveryWithTheSecretIsHandledOnceEvenWhenDeliveredTwice() throws Exception {
        String update = FakeBotApi.messageUpdate(7_000_001, 8001, "/start");

        assertThat(deliver(update, WEBHOOK_SECRET).statusCode()).isEqualTo(200);
        assertThat(deliver(update, WEBHOOK_SECRET).statusCode()).isEqualTo(200);

        assertThat(dialogCalls(7_000_001)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM telegram_update WHERE update_id = 7000001 "
                + "AND processed_at IS NOT NULL", Integer.class)).isEqualTo(1);
    }

    @Test
    void aDeliveryWithAWrongOrMissingSecretIsRefusedAndNotHandled() throws Exception {
        String update = FakeBotApi.messageUpdate(7_000_002, 8002, "/start");

        HttpResponse<String> wrong = deliver(update, WEBHOOK_SECRET + "x");
        HttpResponse<String> missing = deliver(update, null);
        HttpResponse<String> empty = deliver(update, "");

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(empty.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).isEmpty();
        assertThat(dialogCalls(7_000_002)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM telegram_update WHERE update_id = 7000002",
                Integer.class)).isZero();
    }

    @Test
    void aBodyThatIsNoUpdateIsAClientErrorWithoutDetail(CapturedOutput output) throws Exception {
        int logStart = output.length();
        for (String garbage : new String[] {"not json", "{\"message\": {}}", "[1, 2]", "{" .repeat(5000)}) {
            HttpResponse<String> response = deliver(garbage, WEBHOOK_SECRET);
            assertThat(response.statusCode()).as(garbage.substring(0, Math.min(20, garbage.length()))).isEqualTo(400);
            assertThat(response.body()).isEmpty();
        }
        String log = output.toString().substring(logStart);
        assertThat(log).contains("Passed over a body that is no Telegram update");
        assertThat(LogErrors.in(log)).as("a client's mistake is no error of ours").isEmpty();
    }

    @Test
    void theResponseCarriesNoneOfTheUpdatesFields() throws Exception {
        HttpResponse<String> response = deliver(FakeBotApi.contactUpdate(7_000_003, 8003, "+79161234567"),
                WEBHOOK_SECRET);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().map().keySet()).noneMatch(name -> name.equalsIgnoreCase("contactPhone")
                || name.equalsIgnoreCase("chatId") || name.equalsIgnoreCase(TelegramWebhook.SECRET_HEADER));
        assertThat(dialogCalls(7_000_003)).isEqualTo(1);
    }

    private long dialogCalls(long updateId) {
        return camel.getEndpoint("mock:dialog", MockEndpoint.class).getReceivedExchanges().stream()
                .filter(exchange -> Long.valueOf(updateId).equals(exchange.getMessage().getHeader("updateId")))
                .count();
    }

    private HttpResponse<String> deliver(String update, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(update));
        if (secret != null) {
            request.header(TelegramWebhook.SECRET_HEADER, secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
