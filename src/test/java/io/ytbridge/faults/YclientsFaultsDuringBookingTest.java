package io.ytbridge.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import io.ytbridge.support.ChatUser;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.AdviceWith;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Yclients misbehaving while a user confirms a booking, through the sandbox salon: a 429 storm with Retry-After, a
 * longer storm, and answers slower than the bridge's read timeout on book_record itself. Whatever happens, the user
 * gets a clear message, the salon never holds two records for one booking, no booking is left half-made, and once
 * the fault clears the next booking works with nobody stepping in.
 */
class YclientsFaultsDuringBookingTest extends SandboxFaultsTestBase {

    /** A sandbox plan applied the moment the funnel is asked for book_record, so book_check meets no fault. */
    private static final AtomicReference<Map<String, Object>> PLAN_AT_BOOK_RECORD = new AtomicReference<>();
    /** The same for the Telegram sandbox: its next Bot API call is then the answer to the failed booking. */
    private static final AtomicReference<Map<String, Object>> TELEGRAM_PLAN_AT_BOOK_RECORD = new AtomicReference<>();
    private static boolean advised;

    @Autowired
    CamelContext camel;

    @BeforeEach
    void faultsCanStartAtBookRecord() throws Exception {
        synchronized (YclientsFaultsDuringBookingTest.class) {
            if (!advised) {
                AdviceWith.adviceWith(camel, "yclients-book-record", route -> route.weaveByToUri("direct:yclients-call")
                        .before().process(exchange -> {
                            Map<String, Object> plan = PLAN_AT_BOOK_RECORD.getAndSet(null);
                            if (plan != null) {
                                yclientsControl(plan);
                            }
                            Map<String, Object> telegramPlan = TELEGRAM_PLAN_AT_BOOK_RECORD.getAndSet(null);
                            if (telegramPlan != null) {
                                telegramControl(telegramPlan);
                            }
                        }));
                advised = true;
            }
        }
    }

    @Test
    void aShort429StormOnBookRecordIsWaitedOutAndBooksOnce() throws Exception {
        ChatUser anton = atTheSummary(8101, "79161238101");
        PLAN_AT_BOOK_RECORD.set(Map.of("failNext", 429, "count", 2, "retryAfter", 1));

        anton.press("K:");
        anton.awaitText("Вы записаны!");

        assertThat(PLAN_AT_BOOK_RECORD.get()).as("the storm was raised").isNull();
        await().untilAsserted(() -> assertThat(bookRecordCalls(8101, "http_status = 429"))
                .as("book_record met the storm").isEqualTo(2));
        List<JsonNode> records = salonRecordsOf("79161238101");
        assertThat(records).hasSize(1);
        assertThat(bookingsOf(8101)).singleElement().satisfies(booking -> {
            assertThat(booking.get("status")).isEqualTo("booked");
            assertThat(((Number) booking.get("record_id")).longValue()).isEqualTo(records.get(0).path("id").asLong());
        });
    }

    @Test
    void aLong429StormIsApologisedForBooksNothingAndPassesByItself() throws Exception {
        ChatUser bella = atTheSummary(8102, "79161238102");
        yclientsControl(Map.of("failNext", 429, "count", 1000, "retryAfter", 1));

        bella.press("K:");
        JsonNode apology = bella.awaitText("недоступен");
        assertThat(apology.path("text").asText()).contains("Ничего не записано");
        assertThat(salonRecordsOf("79161238102")).isEmpty();
        assertThat(bookingsOf(8102)).extracting(booking -> booking.get("status")).containsExactly("failed");

        yclientsControl(Map.of("reset", true));
        bella.press("K:");
        bella.awaitText("Вы записаны!");
        assertThat(salonRecordsOf("79161238102")).hasSize(1);
        assertThat(bookingsOf(8102)).extracting(booking -> booking.get("status")).containsExactly("failed", "booked");
    }

    @Test
    void a503OnBookRecordIsResentAndBooksOnce() throws Exception {
        ChatUser emil = atTheSummary(8105, "79161238105");
        // 503: Yclients did not act on the request, so sending it again cannot book twice.
        PLAN_AT_BOOK_RECORD.set(Map.of("failNext", 503, "count", 1));

        emil.press("K:");
        emil.awaitText("Вы записаны!");

        await().untilAsserted(() -> assertThat(bookRecordCalls(8105, "http_status = 503")).isEqualTo(1));
        assertThat(salonRecordsOf("79161238105")).hasSize(1);
        assertThat(bookingsOf(8105)).extracting(booking -> booking.get("status")).containsExactly("booked");
    }

    @Test
    void a500OnBookRecordIsLookedIntoBeforeItIsSentAgainAndBooksOnce() throws Exception {
        ChatUser fedor = atTheSummary(8106, "79161238106");
        // 500: Yclients may have acted on it. The bridge looks among the salon's records for our api_id first.
        PLAN_AT_BOOK_RECORD.set(Map.of("failNext", 500, "count", 1));

        fedor.press("K:");
        fedor.awaitText("Вы записаны!");

        await().untilAsserted(() -> assertThat(bookRecordCalls(8106, "TRUE")).isEqualTo(2));
        assertThat(bookRecordCalls(8106, "http_status = 500")).isEqualTo(1);
        List<String> calls = jdbc.queryForList("SELECT operation FROM audit_log WHERE external_system = 'yclients' "
                + "AND operation IN ('book_record', 'records_list') AND correlation_id = "
                + "(SELECT 'booking-' || MIN(id) FROM booking WHERE telegram_user_id = 8106) ORDER BY occurred_at, id",
                String.class);
        assertThat(calls).as("looked before sending again").startsWith("book_record").endsWith("book_record");
        assertThat(calls.subList(1, calls.size() - 1)).isNotEmpty().containsOnly("records_list");
        assertThat(salonRecordsOf("79161238106")).hasSize(1);
        assertThat(bookingsOf(8106)).extracting(booking -> booking.get("status")).containsExactly("booked");
    }

    @Test
    void theApologyRefusedByTelegramWith429IsDeliveredAfterTheWait() throws Exception {
        ChatUser dora = atTheSummary(8104, "79161238104");
        // Yclients refuses for good, so the booking fails and is caught; Telegram then refuses the apology once.
        PLAN_AT_BOOK_RECORD.set(Map.of("failNext", 429, "count", 1000, "retryAfter", 1));
        TELEGRAM_PLAN_AT_BOOK_RECORD.set(Map.of("failNext", 429, "count", 1, "retryAfter", 1));

        dora.press("K:");
        JsonNode apology = dora.awaitText("недоступен");
        yclientsControl(Map.of("reset", true));

        assertThat(apology.path("text").asText()).contains("Ничего не записано");
        assertThat(TELEGRAM_PLAN_AT_BOOK_RECORD.get()).as("Telegram's 429 was raised").isNull();
        assertThat(bookingsOf(8104)).extracting(booking -> booking.get("status")).containsExactly("failed");
    }

    @Test
    void bookRecordTimingOutIsNeverBlindlyResentAndTheNextBookingWorks() throws Exception {
        ChatUser clara = atTheSummary(8103, "79161238103");
        long slowerThanTheBridgeWaits = READ_TIMEOUT_MS * 5L / 2;
        PLAN_AT_BOOK_RECORD.set(Map.of("delayMs", slowerThanTheBridgeWaits));

        clara.press("K:");
        JsonNode uncertain = clara.awaitText("запись могла сохраниться");
        assertThat(ChatUser.hasButton(uncertain, "L~")).as("points at My bookings").isTrue();
        yclientsControl(Map.of("reset", true));

        // The salon still acts on the request it answered too late; it must be the only one.
        await().atMost(Duration.ofSeconds(30)).until(() -> salonRecordsOf("79161238103").size() == 1);
        await().untilAsserted(() -> assertThat(bookRecordCalls(8103, "TRUE"))
                .as("book_record sent once, not resent after the timeout").isEqualTo(1));
        assertThat(bookingsOf(8103)).extracting(booking -> booking.get("status"))
                .as("neither booked nor failed: Yclients may have the record").containsExactly("unknown");

        clara.send("/start");
        clara.awaitLatest(message -> ChatUser.hasButton(message, "c~"));
        clara.choosesFirstFreeTime();
        clara.awaitText("Проверьте запись");
        clara.press("K:");
        clara.awaitText("Вы записаны!");
        List<JsonNode> records = salonRecordsOf("79161238103");
        assertThat(records).hasSize(2);
        assertThat(records).extracting(record -> record.path("id").asLong()).contains(
                jdbc.queryForObject("SELECT record_id FROM booking WHERE telegram_user_id = 8103 AND status = 'booked'",
                        Long.class));
    }

    /** A new user who has shared the phone and chosen the first free time: the summary with Confirm is shown. */
    private ChatUser atTheSummary(long userId, String phone) throws Exception {
        ChatUser user = new ChatUser(port, userId, "ru");
        user.registers(phone);
        user.choosesFirstFreeTime();
        user.awaitText("Проверьте запись");
        return user;
    }

    /** Audited book_record attempts of this user's first booking that match the condition. */
    private int bookRecordCalls(long userId, String condition) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE external_system = 'yclients' "
                + "AND operation = 'book_record' AND " + condition + " AND correlation_id = "
                + "(SELECT 'booking-' || MIN(id) FROM booking WHERE telegram_user_id = ?)", Integer.class, userId);
    }
}
