package io.ytbridge.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** direct:telegram-send against a fake Bot API: limits, 429 and 5xx handling, typed failures, audit. */
class TelegramSendTest extends WebhookModeApplication {

    /**
     * Allowance when comparing arrival times at the fake: on a busy machine one request may take longer on its way
     * than the next. Without the limits, the gaps measured here are tens of milliseconds.
     */
    private static final long JOURNAL_SLACK_MS = 400;

    @Autowired
    ProducerTemplate producer;

    @Autowired
    CamelContext camel;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sendMessageReturnsTheResultAndSendsNoneOfTheExchangeHeaders() throws Exception {
        botApi.stubFor(post(urlEqualTo(FakeBotApi.path("sendMessage")))
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo("6001")))
                .willReturn(okJson(FakeBotApi.ok("{\"message_id\": 77, \"chat\": {\"id\": 6001}}"))));

        JsonNode result = send(null, message(6001, "Hello"), Map.of("chatId", 6001L, "contactPhone", "+79161234567"));

        assertThat(result.path("message_id").asLong()).isEqualTo(77);
        LoggedRequest request = onlyRequestFor("sendMessage", 6001);
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(new ObjectMapper().readTree(request.getBodyAsString()).path("text").asText()).isEqualTo("Hello");
        assertThat(request.getAllHeaderKeys()).noneMatch(name -> name.equalsIgnoreCase("contactPhone")
                || name.equalsIgnoreCase("chatId") || name.equalsIgnoreCase("telegramMethod"));
    }

    @Test
    void theMethodHeaderServesOneCallOnly() {
        Exchange answered = producer.request("direct:telegram-send", exchange -> {
            exchange.getMessage().setHeader(TelegramHeaders.METHOD, "answerCallbackQuery");
            exchange.getMessage().setBody(Map.of("callback_query_id", "one-call-only"));
        });

        assertThat(answered.getException()).isNull();
        assertThat(answered.getMessage().getHeaders()).doesNotContainKey(TelegramHeaders.METHOD)
                .noneSatisfy((name, value) -> assertThat(name).startsWith("audit"));
        assertThat(FakeBotApi.requests(botApi, "answerCallbackQuery"))
                .anySatisfy(request -> assertThat(request.getBodyAsString()).contains("one-call-only"));
    }

    @Test
    void a429IsResentAfterItsRetryAfterAndLaterMessagesKeepTheirPlace() {
        String rateLimited = "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
                + "\"parameters\":{\"retry_after\":1}}";
        botApi.stubFor(post(urlEqualTo(FakeBotApi.path("sendMessage")))
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo("4290")))
                .inScenario("429").whenScenarioStateIs(STARTED).willSetStateTo("waited")
                .willReturn(okJson(rateLimited).withStatus(429)));
        botApi.stubFor(post(urlEqualTo(FakeBotApi.path("sendMessage")))
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo("4290")))
                .inScenario("429").whenScenarioStateIs("waited")
                .willReturn(okJson(FakeBotApi.ok("{\"message_id\": 1}"))));

        send(null, message(4290, "first"), Map.of());
        send(null, message(4290, "second"), Map.of());

        List<LoggedRequest> requests = requestsFor("sendMessage", 4290);
        assertThat(requests).extracting(request -> text(request)).containsExactly("first", "first", "second");
        assertThat(elapsedMs(requests.get(0), requests.get(1))).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void a429IsWaitedOutAlsoAfterAnEarlierFailureOfTheSameUpdateWasCaught() throws Exception {
        // The dialog catches answers such as "slot taken" or "no salon login" and goes on to reply; Camel remembers
        // on the exchange that an error handler gave up on that earlier failure, which must not stop this retry.
        if (camel.getRoute("test-caught-then-send") == null) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:test-refuses").routeId("test-refuses")
                            .throwException(new IllegalStateException("refused, as Yclients may"));
                    from("direct:test-caught-then-send").routeId("test-caught-then-send")
                            .doTry().to("direct:test-refuses").doCatch(IllegalStateException.class).end()
                            .to("direct:telegram-send");
                }
            });
        }
        String rateLimited = "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
                + "\"parameters\":{\"retry_after\":1}}";
        botApi.stubFor(post(urlEqualTo(FakeBotApi.path("sendMessage")))
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo("4291")))
                .inScenario("429 after a caught failure").whenScenarioStateIs(STARTED).willSetStateTo("waited")
                .willReturn(okJson(rateLimited).withStatus(429)));
        botApi.stubFor(post(urlEqualTo(FakeBotApi.path("sendMessage")))
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo("4291")))
                .inScenario("429 after a caught failure").whenScenarioStateIs("waited")
                .willReturn(okJson(FakeBotApi.ok("{\"message_id\": 2}"))));

        JsonNode result = producer.requestBody("direct:test-caught-then-send", message(4291, "still delivered"),
                JsonNode.class);

        assertThat(result.path("message_id").asLong()).isEqualTo(2);
        assertThat(requestsFor("sendMessage", 4291)).extracting(request -> text(request))
                .containsExactly("still delivered", "still delivered");
    }

    @Test
    void oneChatGetsAtMostOneMessageASecondWithoutHoldingUpOtherChats() {
        long started = System.currentTimeMillis();
        send(null, message(7001, "one"), Map.of());
        long otherChatStarted = System.currentTimeMillis();
        send(null, message(7002, "other chat"), Map.of());
        long otherChatDone = System.currentTimeMillis();
        send(null, message(7001, "two"), Map.of());
        long secondDone = System.currentTimeMillis();
        send(null, message(7001, "three"), Map.of());
        long thirdDone = System.currentTimeMillis();

        // The throttle let "one" pass after `started`, so "two" cannot have left before started + 1 s.
        assertThat(secondDone - started).isGreaterThanOrEqualTo(1000);
        assertThat(thirdDone - started).isGreaterThanOrEqualTo(2000);
        assertThat(otherChatDone - otherChatStarted).as("another chat is not held back").isLessThan(900);
        // Where the fake received them: in order and spaced (with room for the way there taking longer
        // for one request than for another on a busy machine).
        List<LoggedRequest> chat = requestsFor("sendMessage", 7001);
        assertThat(chat).extracting(request -> text(request)).containsExactly("one", "two", "three");
        assertThat(elapsedMs(chat.get(0), chat.get(1))).isGreaterThanOrEqualTo(1000 - JOURNAL_SLACK_MS);
        assertThat(elapsedMs(chat.get(1), chat.get(2))).isGreaterThanOrEqualTo(1000 - JOURNAL_SLACK_MS);
        assertThat(elapsedMs(chat.get(0), onlyRequestFor("sendMessage", 7002))).isLessThan(1000);
    }

    @Test
    void theBotAsAWholeMakesAtMostThirtyCallsASecond() throws Exception {
        String marker = "burst-" + System.nanoTime();
        ExecutorService callers = Executors.newFixedThreadPool(10);
        long started = System.currentTimeMillis();
        try {
            List<Future<JsonNode>> calls = new ArrayList<>();
            for (int i = 0; i < 61; i++) {
                Map<String, Object> answer = Map.of("callback_query_id", marker + "-" + i);
                calls.add(callers.submit(() -> send("answerCallbackQuery", answer, Map.of())));
            }
            for (Future<JsonNode> call : calls) {
                call.get(30, TimeUnit.SECONDS);
            }
        } finally {
            callers.shutdownNow();
        }

        List<LoggedRequest> burst = FakeBotApi.requests(botApi, "answerCallbackQuery").stream()
                .filter(request -> request.getBodyAsString().contains(marker)).toList();
        // 61 calls at 30 a second need two seconds, counted from before the first call left.
        assertThat(System.currentTimeMillis() - started).isGreaterThanOrEqualTo(2000);
        assertThat(burst).hasSize(61);
        assertThat(elapsedMs(burst.get(0), burst.get(60))).isGreaterThanOrEqualTo(2000 - JOURNAL_SLACK_MS);
    }

    @Test
    void serverErrorsAreRetriedWithBackoffAndEveryAttemptIsAuditedWithoutTheToken() {
        botApi.stubFor(post(urlEqualTo(FakeBotApi.path("sendMessage")))
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo("5002")))
                .inScenario("5xx").whenScenarioStateIs(STARTED).willSetStateTo("recovering")
                .willReturn(FakeBotApi.error(502, "Bad Gateway")));
        botApi.stubFor(post(urlEqualTo(FakeBotApi.path("sendMessage")))
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo("5002")))
                .inScenario("5xx").whenScenarioStateIs("recovering")
                .willReturn(okJson(FakeBotApi.ok("{\"message_id\": 2}"))));

        JsonNode result = send(null, message(5002, "after a hiccup"), Map.of("correlationId", "update-5002"));

        assertThat(result.path("message_id").asLong()).isEqualTo(2);
        assertThat(requestsFor("sendMessage", 5002)).hasSize(2);
        await().atMost(Duration.ofSeconds(5)).until(() -> auditRows("update-5002").size() == 2);
        assertThat(auditRows("update-5002")).extracting(row -> row.get("http_status"), row -> row.get("outcome"),
                        row -> row.get("error_code"))
                .containsExactly(tuple(502, "unavailable", "502"),
                        tuple(200, "ok", null));
        assertThat(auditRows("update-5002")).allSatisfy(row -> {
            assertThat(row.get("external_system")).isEqualTo("telegram");
            assertThat(row.get("operation")).isEqualTo("sendMessage");
            assertThat(row.get("path")).isEqualTo("/bot***/sendMessage");
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE path LIKE ? OR path LIKE ?",
                Integer.class, "%" + FakeBotApi.TOKEN + "%", "%AAAAAAAAAAAAAAAAAAAA%")).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE external_system = 'telegram'",
                Integer.class)).isPositive();
    }

    @Test
    void aMessageThatIsNotModifiedIsATypedFailureAndNotRetried() {
        botApi.stubFor(post(urlEqualTo(FakeBotApi.path("editMessageText")))
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo("4001")))
                .willReturn(FakeBotApi.error(400, "Bad Request: message is not modified: specified new message "
                        + "content and reply markup are exactly the same")));
        Map<String, Object> edit = message(4001, "same text");
        edit.put("message_id", 10);

        Throwable failure = catchThrowable(() -> send("editMessageText", edit, Map.of()));

        assertThat(failure).hasCauseInstanceOf(TelegramApiException.class);
        TelegramApiException cause = (TelegramApiException) failure.getCause();
        assertThat(cause.getHttpStatus()).isEqualTo(400);
        assertThat(cause.isMessageNotModified()).isTrue();
        assertThat(cause.isRetryable()).isFalse();
        assertThat(cause.getMessage()).doesNotContain(FakeBotApi.TOKEN);
        assertThat(requestsFor("editMessageText", 4001)).hasSize(1);
    }

    @Test
    void noReplyAtAllEndsInARetryableFailureWithoutTheTokenInIt() {
        botApi.stubFor(post(urlEqualTo(FakeBotApi.path("sendMessage")))
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo("5003")))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Throwable failure = catchThrowable(() -> send(null, message(5003, "into the void"),
                Map.of("correlationId", "update-5003")));

        assertThat(failure).hasCauseInstanceOf(TelegramApiException.class);
        TelegramApiException cause = (TelegramApiException) failure.getCause();
        assertThat(cause.getHttpStatus()).isEqualTo(TelegramApiException.NO_REPLY);
        assertThat(cause.isRetryable()).isTrue();
        assertThat(cause.getMessage()).doesNotContain(FakeBotApi.TOKEN).doesNotContain("AAAAAAAAAA");
        // One try and the configured five retries.
        assertThat(requestsFor("sendMessage", 5003)).hasSize(6);
        await().atMost(Duration.ofSeconds(5)).until(() -> auditRows("update-5003").size() == 6);
        assertThat(auditRows("update-5003")).allSatisfy(row -> assertThat(row.get("outcome")).isEqualTo("no_reply"));
    }

    private JsonNode send(String method, Map<String, Object> payload, Map<String, Object> extraHeaders) {
        Map<String, Object> headers = new HashMap<>(extraHeaders);
        if (method != null) {
            headers.put(TelegramHeaders.METHOD, method);
        }
        return producer.requestBodyAndHeaders("direct:telegram-send", payload, headers, JsonNode.class);
    }

    private static Map<String, Object> message(long chatId, String text) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("chat_id", chatId);
        payload.put("text", text);
        return payload;
    }

    private static List<LoggedRequest> requestsFor(String method, long chatId) {
        return FakeBotApi.requests(botApi, method).stream()
                .filter(request -> request.getBodyAsString().contains("\"chat_id\":" + chatId + ","))
                .toList();
    }

    private static LoggedRequest onlyRequestFor(String method, long chatId) {
        List<LoggedRequest> requests = requestsFor(method, chatId);
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private static String text(LoggedRequest request) {
        try {
            return new ObjectMapper().readTree(request.getBodyAsString()).path("text").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long elapsedMs(LoggedRequest earlier, LoggedRequest later) {
        return later.getLoggedDate().getTime() - earlier.getLoggedDate().getTime();
    }

    private List<Map<String, Object>> auditRows(String correlationId) {
        return jdbc.queryForList("SELECT external_system, operation, path, http_status, outcome, error_code "
                + "FROM audit_log WHERE correlation_id = ? ORDER BY id", correlationId);
    }
}
