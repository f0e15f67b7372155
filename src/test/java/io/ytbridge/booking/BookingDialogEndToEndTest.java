package io.ytbridge.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.ytbridge.config.BridgeEndpoints;
import io.ytbridge.support.ChatUser;
import io.ytbridge.support.PrometheusScrape;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The booking dialog end to end, with no accounts: the bundle polls the Telegram sandbox and books in the Yclients
 * sandbox through the real funnel, exactly as {@code ./mvnw spring-boot:run} does. A test user drives it over HTTP.
 */
@CamelSpringBootTest
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:dialog-e2e;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "bridge.telegram.poll-timeout-seconds=2",
        "bridge.telegram.rate-limit.per-chat-period-ms=100",
        "bridge.yclients.retry.initial-backoff-ms=50",
        "bridge.yclients.retry.max-backoff-ms=100"
})
class BookingDialogEndToEndTest {

    private static final ZoneId SALON_ZONE = ZoneId.of("Europe/Moscow");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProducerTemplate producer;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void salonBehaves() throws Exception {
        control(Map.of("reset", true));
    }

    @Test
    void fromStartToAConfirmedBookingInRussian() throws Exception {
        ChatUser anna = new ChatUser(port, 7001, "ru");
        anna.send("/start");
        JsonNode greeting = anna.awaitText("Поделиться контактом");
        assertThat(anna.timeline().path("reply_keyboard").toString()).contains("\"request_contact\":true");
        assertThat(greeting.path("text").asText()).startsWith("Здравствуйте");

        anna.shareContact("79161237001");
        anna.awaitLatest(message -> message.path("text").asText().equals("Главное меню")
                && ChatUser.hasButton(message, "c~") && ChatUser.hasButton(message, "L~") && ChatUser.hasButton(message, "A~")
                && !ChatUser.hasButton(message, "F~"));
        assertThat(jdbc.queryForObject("SELECT phone FROM telegram_user WHERE telegram_user_id = 7001", String.class))
                .isEqualTo("+79161237001");
        Long clientId = jdbc.queryForObject(
                "SELECT yclients_client_id FROM client_mapping WHERE telegram_user_id = 7001 AND company_id = 1", Long.class);
        assertThat(clientId).as("a Yclients client was found or created for the phone").isNotNull();
        assertThat(yclientsAsSalon("/company/1/clients/search", """
                {"page": 1, "page_size": 10, "fields": ["id", "phone"],
                 "filters": [{"type": "quick_search", "state": {"value": "+79161237001"}}]}
                """).path("data").get(0).path("id").asLong()).isEqualTo(clientId);

        anna.choosesFirstFreeTime();
        JsonNode summary = anna.awaitText("Проверьте запись");
        long requestsBefore = yclientsRequests();
        double bookingsBefore = PrometheusScrape.value(PrometheusScrape.fetch(port), "bridge_bookings_total");
        anna.press("K:");
        JsonNode confirmation = anna.awaitText("Вы записаны!");

        assertThat(confirmation.path("message_id").asLong()).as("edited in place").isEqualTo(summary.path("message_id").asLong());
        assertThat(confirmation.path("text").asText()).contains("Мастер:", "Когда:", "Цена:", "Адрес:");
        assertThat(yclientsRequests() - requestsBefore).as("Yclients requests of one booking, warm cache").isLessThanOrEqualTo(3);
        assertThat(PrometheusScrape.value(PrometheusScrape.fetch(port), "bridge_bookings_total"))
                .as("the bookings metric moved").isGreaterThan(bookingsBefore);

        Map<String, Object> booking = jdbc.queryForMap(
                "SELECT id, record_id, record_hash, status, source FROM booking WHERE telegram_user_id = 7001");
        assertThat(booking.get("status")).isEqualTo("booked");
        assertThat(booking.get("source")).isEqualTo("telegram_bot");
        assertThat(booking.get("record_id")).isNotNull();
        assertThat(jdbc.queryForList("SELECT status FROM booking_status_history WHERE booking_id = ? ORDER BY id",
                String.class, booking.get("id"))).containsExactly("pending", "booked");
        assertThat(salonRecords().toString()).contains("\"id\":" + booking.get("record_id"));
    }

    @Test
    void englishSpeakersAreAnsweredInEnglish() {
        ChatUser bob = new ChatUser(port, 7002, "en");
        bob.send("/start");
        bob.awaitText("Share contact");
        bob.shareContact("79161237002");
        bob.awaitText("Main menu");
        bob.choosesFirstFreeTime();
        bob.awaitText("Please check your booking");
        bob.press("K:");
        assertThat(bob.awaitText("You are booked!").path("text").asText()).contains("Master:", "When:");
    }

    @Test
    void someoneElsesContactIsRefusedPolitely() {
        ChatUser eve = new ChatUser(port, 7003, "ru");
        eve.send("/start");
        eve.awaitText("Поделиться контактом");
        eve.shareContactOf("79161230000", 9999);
        eve.awaitText("чужой номер принять не можем");
        assertThat(jdbc.queryForObject("SELECT phone FROM telegram_user WHERE telegram_user_id = 7003", String.class)).isNull();
    }

    @Test
    void aSlotTakenMeanwhileShowsFreshTimes() throws Exception {
        ChatUser vera = new ChatUser(port, 7004, "ru");
        vera.registers("79161237004");
        String time = vera.choosesFirstFreeTime();
        vera.awaitText("Проверьте запись");
        bookInSalonDirectly(time);

        vera.press("K:");
        JsonNode fresh = vera.awaitText("только что заняли");
        String hourMinute = time.split("~")[0].split(":")[4];
        assertThat(fresh.path("reply_markup").toString()).doesNotContain(hourMinute.substring(0, 2) + ":" + hourMinute.substring(2) + "\"");
        assertThat(jdbc.queryForObject("SELECT status FROM booking WHERE telegram_user_id = 7004", String.class)).isEqualTo("failed");
    }

    @Test
    void yclientsDownDuringConfirmApologisesBooksNothingAndRetries() throws Exception {
        ChatUser gleb = new ChatUser(port, 7005, "ru");
        gleb.registers("79161237005");
        gleb.choosesFirstFreeTime();
        gleb.awaitText("Проверьте запись");
        int recordsBefore = salonRecords().size();
        control(Map.of("failNext", 500, "count", 20));

        gleb.press("K:");
        JsonNode apology = gleb.awaitText("недоступен");
        assertThat(ChatUser.hasButton(apology, "K:")).as("try again repeats the confirmation").isTrue();
        assertThat(salonRecords().size()).isEqualTo(recordsBefore);
        assertThat(jdbc.queryForList("SELECT status FROM booking WHERE telegram_user_id = 7005", String.class))
                .containsExactly("failed");

        control(Map.of("reset", true));
        gleb.press("K:");
        gleb.awaitText("Вы записаны!");
        assertThat(jdbc.queryForList("SELECT status FROM booking WHERE telegram_user_id = 7005 ORDER BY id", String.class))
                .containsExactly("failed", "booked");
        assertThat(salonRecords().size()).isEqualTo(recordsBefore + 1);
    }

    @Test
    void myBookingsCancelFreesTheSlot() throws Exception {
        ChatUser dina = new ChatUser(port, 7006, "ru");
        dina.registers("79161237006");
        String time = dina.choosesFirstFreeTime();
        dina.press("K:");
        dina.awaitText("Вы записаны!");
        dina.press("L~");
        dina.awaitText("Ваши записи:");
        dina.press("R:");
        dina.awaitText("Отменить запись");
        dina.press("RY:");
        dina.awaitText("отменена");

        assertThat(jdbc.queryForObject("SELECT status FROM booking WHERE telegram_user_id = 7006", String.class))
                .isEqualTo("cancelled");
        String[] parts = time.split("~")[0].split(":");
        LocalDate day = LocalDate.parse(parts[3], DateTimeFormatter.ofPattern("yyMMdd"));
        String clock = LocalTime.parse(parts[4], DateTimeFormatter.ofPattern("HHmm")).toString();
        JsonNode times = yclients("/book_times/1/" + parts[2] + "/" + day + "?service_ids%5B%5D=" + parts[1]);
        assertThat(times.path("data").toString()).as("the freed time is offered again").contains("\"" + clock + "\"");
    }

    @Test
    void aButtonFromAnOlderMessageIsOutOfDate() {
        ChatUser ivan = new ChatUser(port, 7007, "ru");
        ivan.registers("79161237007");
        JsonNode oldMenu = ivan.awaitLatest(message -> ChatUser.hasButton(message, "c~"));
        ivan.send("/start");
        ivan.awaitLatest(message -> message.path("message_id").asLong() > oldMenu.path("message_id").asLong()
                && ChatUser.hasButton(message, "c~"));

        ivan.pressOn(oldMenu.path("message_id").asLong(), ChatUser.button(oldMenu, "c~").path("callback_data").asText());
        await().atMost(Duration.ofSeconds(30)).until(() -> ivan.timeline().path("callback_answers").toString().contains("устарело"));
        ivan.awaitText("устарело");
    }

    @Test
    void forgedButtonDataIsRefusedAndTheSameUpdateTwiceBooksOnce() {
        ChatUser olga = new ChatUser(port, 7008, "ru");
        olga.registers("79161237008");
        olga.choosesFirstFreeTime();
        JsonNode summary = olga.awaitText("Проверьте запись");
        String confirm = ChatUser.button(summary, "K:").path("callback_data").asText();
        long messageId = summary.path("message_id").asLong();

        String forged = confirm.replaceFirst("K:\\d+", "K:1002");
        producer.sendBody("direct:telegram-update", ChatUser.callbackUpdate(900_000_001L, 7008, messageId, forged));
        olga.awaitText("устарело");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booking WHERE telegram_user_id = 7008", Integer.class)).isZero();

        JsonNode menu = olga.awaitLatest(message -> ChatUser.hasButton(message, "c~"));
        olga.choosesFirstFreeTime();
        summary = olga.awaitText("Проверьте запись");
        confirm = ChatUser.button(summary, "K:").path("callback_data").asText();
        String update = ChatUser.callbackUpdate(900_000_002L, 7008, summary.path("message_id").asLong(), confirm);
        producer.sendBody("direct:telegram-update", update);
        producer.sendBody("direct:telegram-update", update);
        olga.awaitText("Вы записаны!");
        assertThat(menu).isNotNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booking WHERE telegram_user_id = 7008", Integer.class)).isEqualTo(1);
    }

    private long yclientsRequests() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE external_system = 'yclients'", Long.class);
    }

    private void bookInSalonDirectly(String timeButton) throws Exception {
        String[] parts = timeButton.split("~")[0].split(":");
        String datetime = LocalDate.parse(parts[3], DateTimeFormatter.ofPattern("yyMMdd"))
                .atTime(LocalTime.parse(parts[4], DateTimeFormatter.ofPattern("HHmm"))).atZone(SALON_ZONE)
                .toOffsetDateTime().toString();
        String body = """
                {"phone": "79990001122", "fullname": "Walk-in", "email": "",
                 "appointments": [{"id": 1, "services": [%s], "staff_id": %s, "datetime": "%s"}]}
                """.formatted(parts[1], parts[2], datetime);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + BridgeEndpoints.YCLIENTS_SANDBOX_PATH + "/book_record/1"))
                .header("Accept", "application/vnd.yclients.v2+json").header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + BridgeEndpoints.SANDBOX_YCLIENTS_PARTNER_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private JsonNode yclientsAsSalon(String path, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + BridgeEndpoints.YCLIENTS_SANDBOX_PATH + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json")
                .header("Accept", "application/vnd.yclients.v2+json")
                .header("Authorization", "Bearer " + BridgeEndpoints.SANDBOX_YCLIENTS_PARTNER_TOKEN + ", User "
                        + BridgeEndpoints.SANDBOX_YCLIENTS_USER_TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
        return ChatUser.JSON.readTree(response.body());
    }

    private JsonNode yclients(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + BridgeEndpoints.YCLIENTS_SANDBOX_PATH + path))
                .header("Accept", "application/vnd.yclients.v2+json")
                .header("Authorization", "Bearer " + BridgeEndpoints.SANDBOX_YCLIENTS_PARTNER_TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
        return ChatUser.JSON.readTree(response.body());
    }

    private List<JsonNode> salonRecords() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/sandbox/yclients/_admin/records?days=30")).build(), HttpResponse.BodyHandlers.ofString());
        List<JsonNode> records = new java.util.ArrayList<>();
        ChatUser.JSON.readTree(response.body()).path("records").forEach(records::add);
        return records;
    }

    private void control(Map<String, Object> plan) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/sandbox/yclients/_control")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ChatUser.JSON.writeValueAsString(plan))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
