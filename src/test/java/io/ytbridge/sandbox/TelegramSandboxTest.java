package io.ytbridge.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.ytbridge.config.BridgeEndpoints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Telegram sandbox over real HTTP: offsets, long polling, webhooks, keyboards, refusals and 429 injection. */
@SandboxSpringTest
class TelegramSandboxTest {

    private static final String BOT = BridgeEndpoints.TELEGRAM_SANDBOX_PATH + "/bot" + BridgeEndpoints.SANDBOX_BOT_TOKEN;

    @LocalServerPort
    int port;

    SandboxHttp http;
    long userId;

    @BeforeEach
    void start() {
        http = new SandboxHttp(port);
        userId = 300_000_000L + (System.nanoTime() % 1_000_000);
        http.postJson(BOT + "/deleteWebhook", Map.of());
        confirmEverything();
    }

    @AfterEach
    void heal() {
        http.postJson("/sandbox/telegram/_control", Map.of("reset", true));
        http.postJson(BOT + "/deleteWebhook", Map.of());
    }

    @Test
    void getMeNeedsTheSandboxTokenAndUnknownMethodsAreNotFound() {
        JsonNode me = http.get(BOT + "/getMe").json();
        assertThat(me.path("ok").asBoolean()).isTrue();
        assertThat(me.path("result").path("is_bot").asBoolean()).isTrue();
        assertThat(http.get(BOT + "/getme").status()).as("method names are case-insensitive").isEqualTo(200);

        SandboxHttp.Reply wrongToken = http.get(BridgeEndpoints.TELEGRAM_SANDBOX_PATH + "/bot123456:wrong/getMe");
        assertThat(wrongToken.status()).isEqualTo(401);
        assertThat(wrongToken.json().path("description").asText()).isEqualTo("Unauthorized");

        SandboxHttp.Reply unknown = http.postJson(BOT + "/sendTelepathy", Map.of());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("ok").asBoolean(true)).isFalse();
        assertThat(unknown.json().path("error_code").asInt()).isEqualTo(404);
        assertThat(unknown.json().path("description").asText()).isEqualTo("Not Found");
    }

    @Test
    void getUpdatesWithAHigherOffsetConfirmsTheEarlierUpdates() {
        long first = userSends("/start").path("update_id").asLong();
        long second = userSends("привет").path("update_id").asLong();
        assertThat(second).isGreaterThan(first);

        JsonNode both = getUpdates("").path("result");
        assertThat(updateIds(both)).containsExactly(first, second);
        JsonNode start = both.get(0).path("message");
        assertThat(start.path("text").asText()).isEqualTo("/start");
        assertThat(start.path("from").path("id").asLong()).isEqualTo(userId);
        assertThat(start.path("from").path("language_code").asText()).isEqualTo("ru");
        assertThat(start.path("chat").path("type").asText()).isEqualTo("private");
        assertThat(start.path("entities").get(0).path("type").asText()).isEqualTo("bot_command");

        assertThat(updateIds(getUpdates("").path("result"))).as("not confirmed yet").containsExactly(first, second);
        assertThat(updateIds(getUpdates("offset=" + (first + 1)).path("result"))).containsExactly(second);
        assertThat(updateIds(getUpdates("").path("result"))).as("first is confirmed now").containsExactly(second);
        assertThat(getUpdates("offset=" + (second + 1)).path("result").isEmpty()).isTrue();
        assertThat(getUpdates("").path("result").isEmpty()).isTrue();
    }

    @Test
    void aWaitingLongPollReturnsAsSoonAsTheUserWrites() {
        CompletableFuture<HttpResponse<String>> poll = longPoll(30);
        await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(2)).until(() -> !poll.isDone());

        long started = System.nanoTime();
        long updateId = userSends("Записаться").path("update_id").asLong();
        await().atMost(Duration.ofSeconds(5)).until(poll::isDone);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        JsonNode answer = new SandboxHttp.Reply(poll.join().statusCode(), poll.join().body(), poll.join()).json();
        assertThat(updateIds(answer.path("result"))).containsExactly(updateId);
    }

    @Test
    void aLongPollWithNothingToSayAnswersAnEmptyListAfterItsTimeout() {
        long started = System.nanoTime();
        JsonNode answer = getUpdates("timeout=1");
        assertThat(answer.path("ok").asBoolean()).isTrue();
        assertThat(answer.path("result").isEmpty()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void aSecondPollTerminatesTheFirstWithConflict() {
        CompletableFuture<HttpResponse<String>> first = longPoll(30);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !first.isDone());
        getUpdates("");
        await().atMost(Duration.ofSeconds(5)).until(first::isDone);
        assertThat(first.join().statusCode()).isEqualTo(409);
        assertThat(first.join().body()).contains("terminated by other getUpdates request");
    }

    @Test
    void withAWebhookSetUpdatesArePostedWithTheSecretAndPollingAnswers409() {
        WireMockServer receiver = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        receiver.start();
        try {
            receiver.stubFor(post(urlEqualTo("/telegram/webhook")).willReturn(aResponse().withStatus(200)));
            JsonNode set = http.postJson(BOT + "/setWebhook", Map.of("url", receiver.baseUrl() + "/telegram/webhook",
                    "secret_token", "hook-secret_1")).json();
            assertThat(set.path("result").asBoolean()).isTrue();

            SandboxHttp.Reply polling = http.get(BOT + "/getUpdates");
            assertThat(polling.status()).isEqualTo(409);
            assertThat(polling.json().path("description").asText()).contains("webhook is active");

            long updateId = userSends("через вебхук").path("update_id").asLong();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> receiver.verify(
                    postRequestedFor(urlEqualTo("/telegram/webhook"))
                            .withHeader("X-Telegram-Bot-Api-Secret-Token", equalTo("hook-secret_1"))
                            .withRequestBody(matchingJsonPath("$.update_id", equalTo(Long.toString(updateId))))));
            await().atMost(Duration.ofSeconds(5)).until(() ->
                    http.get(BOT + "/getWebhookInfo").json().path("result").path("pending_update_count").asInt() == 0);

            http.postJson(BOT + "/deleteWebhook", Map.of());
            assertThat(http.get(BOT + "/getUpdates").status()).isEqualTo(200);
        } finally {
            receiver.stop();
        }
    }

    @Test
    void messagesKeyboardsEditsAndButtonTapsAsTelegramShowsThem() {
        userSends("/start");
        Map<String, Object> keyboard = Map.of("inline_keyboard", List.of(List.of(
                Map.of("text", "Стрижка", "callback_data", "svc:1001"),
                Map.of("text", "Маникюр", "callback_data", "svc:3001"))));
        JsonNode sent = sendMessage(Map.of("chat_id", userId, "text", "<b>Выберите</b> услугу", "parse_mode", "HTML",
                "reply_markup", keyboard)).json().path("result");
        long messageId = sent.path("message_id").asLong();
        assertThat(sent.path("text").asText()).isEqualTo("Выберите услугу");
        assertThat(sent.path("reply_markup").path("inline_keyboard").get(0).size()).isEqualTo(2);

        JsonNode pressed = http.postJson(userPath("/press"), profile(Map.of("message_id", messageId, "data", "svc:1001")))
                .json().path("callback_query");
        assertThat(pressed.path("data").asText()).isEqualTo("svc:1001");
        assertThat(pressed.path("from").path("id").asLong()).isEqualTo(userId);
        assertThat(pressed.path("message").path("message_id").asLong()).isEqualTo(messageId);
        assertThat(http.postJson(userPath("/press"), profile(Map.of("message_id", messageId, "data", "svc:9999"))).status())
                .as("only buttons that are on the message").isEqualTo(400);

        String queryId = pressed.path("id").asText();
        assertThat(http.postJson(BOT + "/answerCallbackQuery", Map.of("callback_query_id", queryId, "text", "Принято"))
                .json().path("result").asBoolean()).isTrue();
        SandboxHttp.Reply twice = http.postJson(BOT + "/answerCallbackQuery", Map.of("callback_query_id", queryId));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().path("description").asText()).contains("query is too old");

        JsonNode edited = http.postJson(BOT + "/editMessageText", Map.of("chat_id", userId, "message_id", messageId,
                "text", "Стрижка выбрана")).json().path("result");
        assertThat(edited.path("text").asText()).isEqualTo("Стрижка выбрана");
        assertThat(edited.has("edit_date")).isTrue();
        assertThat(edited.has("reply_markup")).as("an edit without reply_markup drops the keyboard").isFalse();
        SandboxHttp.Reply same = http.postJson(BOT + "/editMessageText", Map.of("chat_id", userId, "message_id", messageId,
                "text", "Стрижка выбрана"));
        assertThat(same.status()).isEqualTo(400);
        assertThat(same.json().path("description").asText()).startsWith("Bad Request: message is not modified");
        JsonNode remarked = http.postJson(BOT + "/editMessageReplyMarkup", Map.of("chat_id", userId,
                "message_id", messageId, "reply_markup", keyboard)).json().path("result");
        assertThat(remarked.path("reply_markup").path("inline_keyboard").get(0).get(1).path("callback_data").asText())
                .isEqualTo("svc:3001");

        JsonNode timeline = http.get(userPath("/timeline")).json();
        JsonNode botMessage = findMessage(timeline, messageId);
        assertThat(botMessage.path("text").asText()).isEqualTo("Стрижка выбрана");
        assertThat(botMessage.path("edited").asBoolean()).isTrue();
        assertThat(botMessage.path("reply_markup").path("inline_keyboard").size()).isEqualTo(1);
        assertThat(timeline.path("callback_answers").get(0).path("text").asText()).isEqualTo("Принято");

        assertThat(http.postJson(BOT + "/deleteMessage", Map.of("chat_id", userId, "message_id", messageId)).status())
                .isEqualTo(200);
        assertThat(http.postJson(BOT + "/deleteMessage", Map.of("chat_id", userId, "message_id", messageId)).json()
                .path("description").asText()).isEqualTo("Bad Request: message to delete not found");
        assertThat(http.get(userPath("/timeline")).json().path("messages").toString()).doesNotContain("Стрижка выбрана");
    }

    @Test
    void replyKeyboardAsksForTheContactAndTheSharedContactIsTheSendersOwn() {
        userSends("/start");
        sendMessage(Map.of("chat_id", userId, "text", "Поделитесь номером", "reply_markup", Map.of(
                "keyboard", List.of(List.of(Map.of("text", "📱 Поделиться номером", "request_contact", true))),
                "resize_keyboard", true, "one_time_keyboard", true)));
        JsonNode keyboard = http.get(userPath("/timeline")).json().path("reply_keyboard");
        assertThat(keyboard.path("keyboard").get(0).get(0).path("request_contact").asBoolean()).isTrue();

        JsonNode contact = http.postJson(userPath("/contact"), profile(Map.of("phone_number", "79161234567")))
                .json().path("message");
        assertThat(contact.path("contact").path("user_id").asLong()).isEqualTo(userId);
        assertThat(contact.path("contact").path("phone_number").asText()).isEqualTo("79161234567");
        assertThat(contact.path("from").path("id").asLong()).isEqualTo(userId);
        assertThat(http.get(userPath("/timeline")).json().path("reply_keyboard").isNull())
                .as("one_time_keyboard hides after use").isTrue();

        JsonNode foreign = http.postJson(userPath("/contact"), profile(Map.of("phone_number", "+79035550000",
                "contact_user_id", 42))).json().path("message").path("contact");
        assertThat(foreign.path("user_id").asLong()).isEqualTo(42);
    }

    @Test
    void refusesWhatTheRealBotApiRefuses() {
        userSends("/start");
        assertRefused(Map.of("chat_id", userId, "text", ""), "Bad Request: message text is empty");
        assertRefused(Map.of("chat_id", userId), "Bad Request: message text is empty");
        assertRefused(Map.of("text", "hi"), "Bad Request: chat_id is empty");
        assertRefused(Map.of("chat_id", 999_999_999_999L, "text", "hi"), "Bad Request: chat not found");
        assertRefused(Map.of("chat_id", userId, "text", "x".repeat(4097)), "Bad Request: message is too long");
        assertRefused(Map.of("chat_id", userId, "text", "<b>жирный", "parse_mode", "HTML"),
                "Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"");
        assertRefused(inline(Map.of("text", "длинно", "callback_data", "x".repeat(65))), "Bad Request: BUTTON_DATA_INVALID");
        assertRefused(inline(Map.of("text", "кириллица", "callback_data", "д".repeat(33))),
                "Bad Request: BUTTON_DATA_INVALID");
        assertRefused(inline(Map.of("text", "пусто", "callback_data", "")), "Bad Request: BUTTON_DATA_INVALID");
        assertThat(sendMessage(inline(Map.of("text", "ровно 64", "callback_data", "д".repeat(32)))).status()).isEqualTo(200);

        List<List<Map<String, Object>>> rows = new ArrayList<>();
        for (int row = 0; row < 101; row++) {
            rows.add(List.of(Map.of("text", "b" + row, "callback_data", "b" + row)));
        }
        assertRefused(Map.of("chat_id", userId, "text", "много кнопок", "reply_markup", Map.of("inline_keyboard", rows)),
                "Bad Request: reply markup is too long");
    }

    @Test
    void acceptsFormFieldsAndQueryParametersLikeTheRealApi() {
        userSends("/start");
        String markup = "{\"inline_keyboard\":[[{\"text\":\"Да\",\"callback_data\":\"yes\"}]]}";
        SandboxHttp.Reply form = http.postForm(BOT + "/sendMessage", "chat_id=" + userId + "&text="
                + URLEncoder.encode("Из формы", StandardCharsets.UTF_8) + "&reply_markup="
                + URLEncoder.encode(markup, StandardCharsets.UTF_8));
        assertThat(form.status()).as(form.body()).isEqualTo(200);
        assertThat(form.json().path("result").path("reply_markup").path("inline_keyboard").get(0).get(0)
                .path("callback_data").asText()).isEqualTo("yes");
        SandboxHttp.Reply query = http.get(BOT + "/sendMessage?chat_id=" + userId + "&text="
                + URLEncoder.encode("Из строки запроса", StandardCharsets.UTF_8));
        assertThat(query.json().path("result").path("text").asText()).isEqualTo("Из строки запроса");
    }

    @Test
    void injected429CarriesRetryAfterAndThenTheCallsGoThrough() {
        userSends("/start");
        http.postJson("/sandbox/telegram/_control", Map.of("failNext", 429, "count", 1, "retryAfter", 2));
        SandboxHttp.Reply limited = sendMessage(Map.of("chat_id", userId, "text", "раз"));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().path("error_code").asInt()).isEqualTo(429);
        assertThat(limited.json().path("description").asText()).isEqualTo("Too Many Requests: retry after 2");
        assertThat(limited.json().path("parameters").path("retry_after").asInt()).isEqualTo(2);
        assertThat(getUpdates("").path("ok").asBoolean()).as("polling is not rate-limited").isTrue();
        assertThat(sendMessage(Map.of("chat_id", userId, "text", "два")).status()).isEqualTo(200);
    }

    @Test
    void commandsAreKeptPerLanguage() {
        assertThat(http.postJson(BOT + "/setMyCommands", Map.of("commands",
                List.of(Map.of("command", "start", "description", "Начать")), "language_code", "ru")).status())
                .isEqualTo(200);
        http.postJson(BOT + "/setMyCommands", Map.of("commands", List.of(Map.of("command", "start", "description", "Start"))));
        assertThat(http.postJson(BOT + "/getMyCommands", Map.of("language_code", "ru")).json().path("result").get(0)
                .path("description").asText()).isEqualTo("Начать");
        assertThat(http.postJson(BOT + "/getMyCommands", Map.of("language_code", "de")).json().path("result").get(0)
                .path("description").asText()).isEqualTo("Start");
        SandboxHttp.Reply invalid = http.postJson(BOT + "/setMyCommands", Map.of("commands",
                List.of(Map.of("command", "Book Now", "description", "x"))));
        assertThat(invalid.json().path("description").asText()).isEqualTo("Bad Request: BOT_COMMAND_INVALID");
    }

    private void assertRefused(Map<String, Object> payload, String description) {
        SandboxHttp.Reply reply = sendMessage(payload);
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().path("ok").asBoolean(true)).isFalse();
        assertThat(reply.json().path("error_code").asInt()).isEqualTo(400);
        assertThat(reply.json().path("description").asText()).isEqualTo(description);
    }

    private Map<String, Object> inline(Map<String, Object> button) {
        return Map.of("chat_id", userId, "text", "кнопка", "reply_markup", Map.of("inline_keyboard", List.of(List.of(button))));
    }

    private SandboxHttp.Reply sendMessage(Map<String, Object> payload) {
        return http.postJson(BOT + "/sendMessage", payload);
    }

    private JsonNode userSends(String text) {
        SandboxHttp.Reply reply = http.postJson(userPath("/send"), profile(Map.of("text", text)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private Map<String, Object> profile(Map<String, Object> action) {
        Map<String, Object> body = new HashMap<>(action);
        body.put("first_name", "Анна");
        body.put("language_code", "ru");
        return body;
    }

    private String userPath(String action) {
        return "/sandbox/telegram/_user/" + userId + action;
    }

    private JsonNode getUpdates(String query) {
        return http.get(BOT + "/getUpdates" + (query.isEmpty() ? "" : "?" + query)).json();
    }

    private CompletableFuture<HttpResponse<String>> longPoll(int timeoutSeconds) {
        return HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(
                URI.create(http.base() + BOT + "/getUpdates?timeout=" + timeoutSeconds)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Leaves no pending update from earlier tests: getUpdates with offset -1, then past the newest. */
    private void confirmEverything() {
        JsonNode newest = getUpdates("offset=-1").path("result");
        if (!newest.isEmpty()) {
            getUpdates("offset=" + (newest.get(newest.size() - 1).path("update_id").asLong() + 1));
        }
    }

    private static List<Long> updateIds(JsonNode updates) {
        List<Long> ids = new ArrayList<>();
        updates.forEach(update -> ids.add(update.path("update_id").asLong()));
        return ids;
    }

    private static JsonNode findMessage(JsonNode timeline, long messageId) {
        for (JsonNode message : timeline.path("messages")) {
            if (message.path("message_id").asLong() == messageId) {
                return message;
            }
        }
        throw new AssertionError("no message " + messageId + " in " + timeline);
    }
}
