package io.ytbridge.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.ytbridge.support.BotApiWireMock.payloadsTo;
import static io.ytbridge.support.BotApiWireMock.sentTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.ytbridge.support.BotApiWireMock;
import io.ytbridge.support.LogErrors;
import io.ytbridge.support.RestartablePostgres;
import io.ytbridge.support.YclientsWireMock;
import io.ytbridge.telegram.TelegramWebhook;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PostgreSQL stopped and started while five users are booking, in Telegram webhook mode against a fake Bot API and a
 * fake Yclients (WireMock, neither keeps state in the database). One user's book_record is at the salon when the
 * database stops, and the salon answers while it is still down; the others' Confirm presses and one user's next step
 * arrive while it is down, and "Telegram" delivers each again until it gets a 2xx, as Telegram does. Afterwards every
 * user who confirmed has exactly one record at the salon, one "booked" message and one booked row, and a second
 * delivery of every press changes nothing.
 */
// Its database is stopped and started: a cached context would outlive it and keep trying to reach it.
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bridge.yclients.partner-token=test-partner-token",
        "bridge.yclients.company-id=1",
        "bridge.yclients.login=",
        "bridge.yclients.password=",
        "bridge.reconcile.enabled=false",
        "bridge.telegram.bot-token=" + BotApiWireMock.TOKEN,
        "bridge.telegram.webhook-url=https://bot.example.test/telegram/webhook",
        "bridge.telegram.webhook-secret=" + PostgresRestartDuringBookingTest.WEBHOOK_SECRET,
        "bridge.telegram.rate-limit.per-chat-period-ms=100",
        "bridge.telegram.retry.initial-delay-ms=100",
        "spring.datasource.hikari.connection-timeout=1000",
        "spring.datasource.hikari.validation-timeout=500"
})
class PostgresRestartDuringBookingTest {

    static final String WEBHOOK_SECRET = "pg-restart-webhook-secret_0123";
    private static final String BOOKED = "Вы записаны!";
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final ZoneId SALON_ZONE = ZoneId.of("Europe/Moscow");

    private static final RestartablePostgres POSTGRES = RestartablePostgres.forTheApplication("booking-postgres");

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

    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicLong updateIds = new AtomicLong(ThreadLocalRandom.current().nextLong(100_000_000L, 900_000_000L));
    /** Every answer the webhook gave "Telegram". */
    private final List<Answer> answers = Collections.synchronizedList(new ArrayList<>());

    private record Answer(String update, int status, String body) {
    }

    @Test
    void noBookingIsLostOrToldTwiceWhenPostgresStopsAndStartsMidBooking(CapturedOutput output) throws Exception {
        long firstId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
        List<Chat> chats = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            chats.add(new Chat(firstId + i, "7916124" + (8400 + i), 8_800_000L + firstId % 10_000 * 10 + i));
        }
        Chat anna = chats.get(0);
        List<Chat> confirmingInTheOutage = chats.subList(1, 4);
        Chat dina = chats.get(4);
        WireMockServer salon = salonWithSlowBookingFor(anna, chats);

        for (int i = 0; i < 4; i++) {
            chats.get(i).registers();
            chats.get(i).reachesTheSummary(i);
        }
        dina.registers();
        dina.reachesTheDates();

        List<String> confirmations = new ArrayList<>();
        String annasConfirm = anna.pressUpdate("K:");
        confirmations.add(annasConfirm);
        CompletableFuture<Void> annaConfirms = CompletableFuture.runAsync(() -> deliverUntilAccepted(annasConfirm));
        await().atMost(PATIENCE).until(() -> bookRecords(salon, anna).size() == 1);

        int outageLogStart = output.length();
        POSTGRES.stop();
        List<String> arrivingInTheOutage = new ArrayList<>();
        for (Chat chat : confirmingInTheOutage) {
            String confirm = chat.pressUpdate("K:");
            confirmations.add(confirm);
            arrivingInTheOutage.add(confirm);
        }
        String dinasDay = dina.pressUpdate("D:");
        arrivingInTheOutage.add(dinasDay);
        List<CompletableFuture<Void>> redeliveries = arrivingInTheOutage.stream()
                .map(update -> CompletableFuture.runAsync(() -> deliverUntilAccepted(update))).toList();
        await().atMost(PATIENCE).until(() -> arrivingInTheOutage.stream().allMatch(update -> answered(update, 503)));
        await().atMost(PATIENCE).until(() -> bookRecords(salon, anna).get(0).getTiming().getTotalTime() != null);
        int annasMessages = sentTo(anna.id).size();
        // The salon has Anna's record and the database is still down: the bot neither claims nor denies it yet.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> sentTo(anna.id).size() == annasMessages);
        POSTGRES.start();
        String outageLog = output.toString().substring(outageLogStart);
        assertThat(outageLog).as("refused updates and the booking waiting for the database are told")
                .contains("answering 503 so Telegram delivers it again")
                .contains("Yclients made record " + anna.recordId + ", but the database is away");

        annaConfirms.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        for (CompletableFuture<Void> redelivery : redeliveries) {
            redelivery.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
        dina.awaitButton("T:");
        dina.pressNth("T:", 4);
        String dinasConfirm = dina.press("K:");
        confirmations.add(dinasConfirm);

        // Telegram may deliver any update once more: nothing changes.
        for (String confirm : confirmations) {
            deliverUntilAccepted(confirm);
        }

        for (Chat chat : chats) {
            assertThat(bookRecords(salon, chat)).as("book_record for %s", chat.phone).hasSize(1);
            assertThat(sentTo(chat.id)).as("booked messages to %s", chat.id)
                    .filteredOn(message -> message.text() != null && message.text().startsWith(BOOKED)).hasSize(1);
            assertThat(jdbc.queryForList("SELECT status, source, record_id FROM booking WHERE telegram_user_id = ?",
                    chat.id)).as("bookings of %s", chat.id).singleElement().satisfies(booking -> {
                        assertThat(booking).containsEntry("status", "booked").containsEntry("source", "telegram_bot");
                        assertThat(((Number) booking.get("record_id")).longValue()).isEqualTo(chat.recordId);
                    });
            assertThat(jdbc.queryForList("SELECT h.status FROM booking_status_history h JOIN booking b"
                    + " ON b.id = h.booking_id WHERE b.telegram_user_id = ? ORDER BY h.id", String.class, chat.id))
                    .containsExactly("pending", "booked");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booking WHERE status <> 'booked'", Integer.class))
                .as("bookings neither booked nor given up").isZero();
        List<Answer> refusals = answers.stream().filter(answer -> answer.status() != 200).toList();
        assertThat(refusals).as("answers other than 200").allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.body()).isEmpty();
        });
        for (String update : arrivingInTheOutage) {
            assertThat(answered(update, 503)).as("refused while the database was down: %s", update).isTrue();
        }
        // An outage the bundle rides out is told in WARN lines, one a refused delivery or a waiting booking. ERROR
        // is kept for what needs a person (a booking left pending), and a stack trace helps nobody here.
        assertThat(LogErrors.in(output.toString().substring(outageLogStart)))
                .as("errors and stack traces from the outage to the end").isEmpty();
    }

    /** The fake salon: one category, one service, one master, every day bookable; Anna's book_record is slow. */
    private static WireMockServer salonWithSlowBookingFor(Chat slow, List<Chat> chats) {
        WireMockServer salon = YclientsWireMock.reset();
        salon.stubFor(get(urlPathEqualTo("/api/v1/book_services/1")).willReturn(envelope("""
                {"services": [{"id": 331, "title": "Стрижка", "category_id": 11, "price_min": 1500, "price_max": 1500,
                  "discount": 0, "prepaid": "forbidden"}],
                 "category": [{"id": 11, "title": "Волосы", "weight": 1}], "events": []}""")));
        salon.stubFor(get(urlPathEqualTo("/api/v1/book_staff/1")).willReturn(envelope("""
                [{"id": 6544, "name": "Мария", "bookable": true, "specialization": "стилист"}]""")));
        LocalDate today = LocalDate.now(SALON_ZONE);
        String days = Stream.iterate(today, day -> day.plusDays(1)).limit(21)
                .map(day -> "\"" + day + "\"").collect(Collectors.joining(","));
        salon.stubFor(get(urlPathEqualTo("/api/v1/book_dates/1")).willReturn(envelope(
                "{\"booking_dates\": [" + days + "], \"booking_days\": {}, \"working_dates\": [" + days + "]}")));
        salon.stubFor(get(urlPathMatching("/api/v1/book_times/1/6544/[0-9-]+")).willReturn(envelope(Stream
                .of("10:00", "11:00", "12:00", "13:00", "14:00", "15:00")
                .map(time -> "{\"time\": \"" + time + "\", \"seance_length\": 3600}")
                .collect(Collectors.joining(",", "[", "]")))));
        salon.stubFor(post(urlPathEqualTo("/api/v1/book_check/1")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"success\": true, \"data\": null, \"meta\": {\"message\": \"Created\"}}")));
        for (Chat chat : chats) {
            salon.stubFor(post(urlPathEqualTo("/api/v1/book_record/1"))
                    .withRequestBody(matchingJsonPath("$.phone", equalTo(chat.phone)))
                    .willReturn(envelope("[{\"id\": 1, \"record_id\": " + chat.recordId + ", \"record_hash\": \"h"
                            + chat.recordId + "\"}]").withStatus(201).withFixedDelay(chat == slow ? 3000 : 0)));
        }
        return salon;
    }

    private static ResponseDefinitionBuilder envelope(String data) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"success\": true, \"data\": " + data + ", \"meta\": []}");
    }

    private static List<ServeEvent> bookRecords(WireMockServer salon, Chat chat) {
        return salon.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().startsWith("/api/v1/book_record/1"))
                .filter(event -> event.getRequest().getBodyAsString().contains("\"phone\":\"" + chat.phone + "\""))
                .toList();
    }

    /** What Telegram does with an update: POSTs it with the secret token, again and again until a 2xx. */
    private void deliverUntilAccepted(String update) {
        await().atMost(PATIENCE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(300))
                .until(() -> deliver(update) / 100 == 2);
    }

    private int deliver(String update) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/telegram/webhook"))
                .header("Content-Type", "application/json")
                .header(TelegramWebhook.SECRET_HEADER, WEBHOOK_SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(update, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        answers.add(new Answer(update, response.statusCode(), response.body()));
        return response.statusCode();
    }

    private boolean answered(String update, int status) {
        synchronized (answers) {
            return answers.stream().anyMatch(answer -> answer.update().equals(update) && answer.status() == status);
        }
    }

    /** One Telegram user in a private chat with the bot, reading what the bot sent from the fake Bot API's journal. */
    private final class Chat {

        final long id;
        final String phone;
        final long recordId;

        Chat(long id, String phone, long recordId) {
            this.id = id;
            this.phone = phone;
            this.recordId = recordId;
        }

        void registers() {
            deliverUntilAccepted(message("\"text\": \"/start\""));
            deliverUntilAccepted(message("\"contact\": {\"phone_number\": \"+" + phone + "\", \"first_name\": \"User\","
                    + " \"user_id\": " + id + "}"));
            awaitButton("c~");
        }

        void reachesTheDates() {
            press("c~");
            press("C:");
            press("S:");
            press("P:331:6544");
            awaitButton("D:");
        }

        void reachesTheSummary(int timeIndex) {
            reachesTheDates();
            press("D:");
            pressNth("T:", timeIndex);
            awaitButton("K:");
        }

        /** Presses the first button with this data prefix on the newest keyboard the bot sent, and waits for the answer. */
        String press(String prefix) {
            String update = pressUpdate(prefix);
            deliverUntilAccepted(update);
            return update;
        }

        void pressNth(String prefix, int index) {
            deliverUntilAccepted(callback(buttons(awaitButton(prefix), prefix).get(index)));
        }

        /** The update Telegram sends when the user presses that button (not delivered yet). */
        String pressUpdate(String prefix) {
            return callback(buttons(awaitButton(prefix), prefix).get(0));
        }

        JsonNode awaitButton(String prefix) {
            return await().atMost(PATIENCE).until(this::newestKeyboard, keyboard -> !buttons(keyboard, prefix).isEmpty());
        }

        private JsonNode newestKeyboard() {
            List<JsonNode> payloads = payloadsTo(id);
            for (int i = payloads.size() - 1; i >= 0; i--) {
                JsonNode keyboard = payloads.get(i).path("reply_markup").path("inline_keyboard");
                if (keyboard.isArray()) {
                    return keyboard;
                }
            }
            return MissingNode.getInstance();
        }

        private List<String> buttons(JsonNode keyboard, String prefix) {
            List<String> data = new ArrayList<>();
            keyboard.forEach(row -> row.forEach(button -> {
                String callbackData = button.path("callback_data").asText();
                if (callbackData.startsWith(prefix)) {
                    data.add(callbackData);
                }
            }));
            return data;
        }

        private String message(String content) {
            long updateId = updateIds.incrementAndGet();
            return """
                    {"update_id": %d, "message": {"message_id": %d, "date": 1767225600,
                      "from": {"id": %d, "is_bot": false, "first_name": "User", "language_code": "ru"},
                      "chat": {"id": %d, "type": "private", "first_name": "User"}, %s}}"""
                    .formatted(updateId, updateId % 1_000_000, id, id, content);
        }

        /** The dialog edits one message: the fake Bot API gives every message id 1. */
        private String callback(String data) {
            long updateId = updateIds.incrementAndGet();
            return """
                    {"update_id": %d, "callback_query": {"id": "cb-%d", "chat_instance": "ci-%d", "data": "%s",
                      "from": {"id": %d, "is_bot": false, "first_name": "User", "language_code": "ru"},
                      "message": {"message_id": 1, "date": 1767225600, "chat": {"id": %d, "type": "private"},
                        "from": {"id": 123456789, "is_bot": true, "first_name": "Bot"}, "text": "..."}}}"""
                    .formatted(updateId, updateId, id, data, id, id);
        }
    }
}
