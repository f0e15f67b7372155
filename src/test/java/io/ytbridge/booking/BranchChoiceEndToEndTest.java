package io.ytbridge.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.ytbridge.config.BridgeEndpoints;
import io.ytbridge.support.ChatUser;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Филиал" end to end: with branches configured (2 is the sandbox's second demo branch, 3 has no card there), a user
 * picks a branch in the menu and then sees and books that branch's services. Without branches there is no such
 * button (BookingDialogEndToEndTest).
 */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:dialog-branches;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "bridge.yclients.branch-ids=2,3",
        "bridge.telegram.poll-timeout-seconds=2",
        "bridge.telegram.rate-limit.per-chat-period-ms=100"
})
class BranchChoiceEndToEndTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProducerTemplate producer;

    @Autowired
    CallbackCodec callbacks;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aChosenBranchIsWhereTheUserBrowsesAndBooks() throws Exception {
        ChatUser kira = new ChatUser(port, 7101, "ru");
        kira.registers("79161237101");
        kira.awaitLatest(message -> ChatUser.hasButton(message, "F~"));

        kira.press("F~");
        JsonNode list = kira.awaitText("Выберите филиал");
        assertThat(buttonTexts(list)).containsExactly("✓ Demo Beauty Salon", "Demo Beauty Salon — Арбат", "#3", "« Назад");

        kira.press("FB:2");
        JsonNode menu = kira.awaitText("Выбран филиал: Demo Beauty Salon — Арбат");
        assertThat(ChatUser.hasButton(menu, "c~")).isTrue();
        assertThat(chosenCompany(7101)).isEqualTo(2L);

        kira.press("c~");
        JsonNode categories = kira.awaitText("категорию");
        assertThat(buttonTexts(categories)).contains("Барбершоп").doesNotContain("Стрижки", "Окрашивание");
        kira.press("m~");
        kira.awaitText("Главное меню");

        kira.choosesFirstFreeTime();
        assertThat(kira.awaitText("Проверьте запись").path("text").asText()).contains("Игорь Белов");
        kira.press("K:");
        kira.awaitText("Вы записаны!");
        Map<String, Object> booking = jdbc.queryForMap(
                "SELECT company_id, record_id, record_hash FROM booking WHERE telegram_user_id = 7101");
        assertThat(((Number) booking.get("company_id")).longValue()).isEqualTo(2L);
        JsonNode record = yclients("/book_record/2/" + booking.get("record_id") + "/" + booking.get("record_hash"));
        assertThat(record.path("data").path("company").path("id").asLong()).as(record.toString()).isEqualTo(2L);

        kira.press("m~");
        kira.awaitText("Главное меню");
        kira.press("F~");
        assertThat(buttonTexts(kira.awaitText("Выберите филиал"))).contains("Demo Beauty Salon", "✓ Demo Beauty Salon — Арбат");
    }

    @Test
    void aBranchThatIsNotConfiguredIsRefusedEvenWhenSigned() {
        ChatUser lev = new ChatUser(port, 7102, "ru");
        lev.registers("79161237102");
        lev.press("F~");
        lev.awaitText("Выберите филиал");
        lev.press("FB:2");
        lev.awaitText("Выбран филиал");

        // A genuine signature on an id that is not (or no longer) configured: a button from before a config change.
        long dialogMessage = jdbc.queryForObject("SELECT message_id FROM dialog_state WHERE telegram_user_id = 7102", Long.class);
        producer.sendBody("direct:telegram-update",
                ChatUser.callbackUpdate(900_100_001L, 7102, dialogMessage, callbacks.encode("FB", 999)));
        lev.awaitText("больше недоступен");
        assertThat(chosenCompany(7102)).as("the earlier choice stands").isEqualTo(2L);
    }

    private Long chosenCompany(long userId) {
        return jdbc.queryForObject("SELECT company_id FROM dialog_state WHERE telegram_user_id = ?", Long.class, userId);
    }

    private static List<String> buttonTexts(JsonNode message) {
        List<String> texts = new ArrayList<>();
        message.path("reply_markup").path("inline_keyboard").forEach(row -> row.forEach(button ->
                texts.add(button.path("text").asText())));
        return texts;
    }

    private JsonNode yclients(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + BridgeEndpoints.YCLIENTS_SANDBOX_PATH + path))
                .header("Accept", "application/vnd.yclients.v2+json")
                .header("Authorization", "Bearer " + BridgeEndpoints.SANDBOX_YCLIENTS_PARTNER_TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
        return ChatUser.JSON.readTree(response.body());
    }
}
