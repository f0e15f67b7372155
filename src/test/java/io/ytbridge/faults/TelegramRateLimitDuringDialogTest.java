package io.ytbridge.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.ytbridge.support.ChatUser;
import org.junit.jupiter.api.Test;

/**
 * Telegram refusing the bot with 429 and retry_after in the middle of a conversation: the refused reply is delivered
 * once, not before the wait is over, and the reply to the user's next message comes after it, never before.
 */
class TelegramRateLimitDuringDialogTest extends SandboxFaultsTestBase {

    private static final int RETRY_AFTER_SECONDS = 2;

    @Test
    void repliesRefusedWith429ArriveAfterTheWaitInOrder() throws Exception {
        ChatUser dora = new ChatUser(port, 8201, "ru");
        dora.registers("79161238201");
        int before = dora.botMessages().size();
        telegramControl(Map.of("failNext", 429, "count", 1, "retryAfter", RETRY_AFTER_SECONDS));

        long sentAt = System.nanoTime();
        dora.send("/help");
        dora.send("/start");
        await().atMost(Duration.ofSeconds(30)).until(() -> dora.botMessages().size() >= before + 2);
        long elapsedMs = (System.nanoTime() - sentAt) / 1_000_000;

        List<String> replies = dora.botMessages().stream().skip(before).map(message -> message.path("text").asText())
                .toList();
        assertThat(replies).hasSize(2);
        assertThat(replies.get(0)).startsWith("Я записываю в салон через Telegram");
        assertThat(replies.get(1)).isEqualTo("Главное меню");
        assertThat(elapsedMs).as("the refused reply waited retry_after").isGreaterThanOrEqualTo(RETRY_AFTER_SECONDS * 1000L);
        JsonNode plan = ChatUser.JSON.readTree(http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/sandbox/telegram/_control")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body());
        assertThat(plan.path("failRemaining").asInt()).as("the 429 was met").isZero();
    }
}
