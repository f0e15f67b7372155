package io.ytbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import io.ytbridge.config.BridgeEndpoints;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The chat page in a real browser (Debian's Chromium): a person writes /start and shares the contact, the updates
 * reach the Bot API side with the right shape; a bot message with an inline keyboard appears and its button makes a
 * callback_query; the salon admin confirms a record and the webhook goes out. Screenshot: target/sandbox-chat-page.png.
 */
@SandboxSpringTest
class SandboxChatPageBrowserTest {

    private static final String BOT = BridgeEndpoints.TELEGRAM_SANDBOX_PATH + "/bot" + BridgeEndpoints.SANDBOX_BOT_TOKEN;

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        driver = ChromiumBrowser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aPersonChatsWithTheBotAndTheSalonAdminConfirmsARecord() throws Exception {
        SandboxHttp http = new SandboxHttp(port);
        long userId = 200_000_000L + (System.nanoTime() % 1_000_000);
        SandboxChatPage page = SandboxChatPage.open(driver, http.base());
        assertThat(page.botName()).isEqualTo(BotApiSandbox.BOT_NAME);

        page.useUser(userId, "Мария", "ru").send("/start").shareContact("79031234567");

        List<JsonNode> updates = updatesOf(http, userId);
        JsonNode start = updates.stream().map(update -> update.path("message"))
                .filter(message -> "/start".equals(message.path("text").asText())).findFirst().orElseThrow();
        assertThat(start.path("from").path("first_name").asText()).isEqualTo("Мария");
        assertThat(start.path("from").path("language_code").asText()).isEqualTo("ru");
        assertThat(start.path("entities").get(0).path("type").asText()).isEqualTo("bot_command");
        JsonNode contact = updates.stream().map(update -> update.path("message"))
                .filter(message -> message.has("contact")).findFirst().orElseThrow();
        assertThat(contact.path("contact").path("user_id").asLong()).isEqualTo(contact.path("from").path("id").asLong())
                .isEqualTo(userId);
        assertThat(contact.path("contact").path("phone_number").asText()).isEqualTo("79031234567");

        SandboxHttp.Reply sent = http.postJson(BOT + "/sendMessage", Map.of("chat_id", userId,
                "text", "<b>Выберите услугу</b>", "parse_mode", "HTML",
                "reply_markup", Map.of("inline_keyboard", List.of(List.of(
                        Map.of("text", "Женская стрижка", "callback_data", "svc:1001"),
                        Map.of("text", "Маникюр", "callback_data", "svc:3001"))))));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        page.waitForBotMessage("Выберите услугу");
        assertThat(page.inlineButtons()).containsExactly("Женская стрижка", "Маникюр");

        page.pressInlineButton("svc:3001");
        JsonNode callback = await().atMost(Duration.ofSeconds(10)).until(
                () -> updatesOf(http, userId).stream().map(update -> update.path("callback_query"))
                        .filter(query -> !query.isMissingNode()).findFirst().orElse(null),
                Objects::nonNull);
        assertThat(callback.path("data").asText()).isEqualTo("svc:3001");
        assertThat(callback.path("from").path("id").asLong()).isEqualTo(userId);
        assertThat(callback.path("message").path("message_id").asLong())
                .isEqualTo(sent.json().path("result").path("message_id").asLong());

        List<Long> records = page.adminRecordIds();
        long recordId = records.stream().filter(id -> !"cancelled".equals(page.adminStatus(id))).findFirst().orElseThrow();
        page.adminAction(recordId, "confirm").waitForAdminStatus(recordId, "confirmed");
        assertThat(page.webhookResult()).contains("record/update").contains("HTTP 200");
        assertThat(http.yclients("GET", "/record/1/" + recordId, null, SandboxHttp.PARTNER_AND_USER).json()
                .path("data").path("attendance").asInt()).isEqualTo(2);

        Path screenshot = page.screenshot(Path.of("target", "sandbox-chat-page.png"));
        assertThat(Files.size(screenshot)).isPositive();
    }

    /** The updates this user caused, as getUpdates hands them to the bot (not confirming them). */
    private static List<JsonNode> updatesOf(SandboxHttp http, long userId) {
        JsonNode result = http.get(BOT + "/getUpdates").json().path("result");
        return StreamSupport.stream(result.spliterator(), false)
                .filter(update -> update.findPath("from").path("id").asLong() == userId).toList();
    }
}
