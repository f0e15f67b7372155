package io.ytbridge.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.apache.camel.EndpointInject;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

class SalonNotifyTest extends OpsApplicationTest {

    private static long booking;

    @Autowired
    ProducerTemplate producer;

    @Autowired
    BookingExport bookings;

    @Autowired
    MessageSource messages;

    @EndpointInject("mock:direct:telegram-send")
    MockEndpoint telegram;

    @BeforeEach
    void aBookingMadeThroughTheBot() {
        telegram.reset();
        if (booking == 0) {
            BookingFixtures fixtures = new BookingFixtures(jdbc);
            fixtures.user(9_270_001L, "+79035556677");
            booking = fixtures.booking(9_270_001L, OffsetDateTime.parse("2026-03-01T09:00:00Z"),
                    "Стрижка женская", "Мария", "booked");
            jdbc.update("UPDATE booking SET record_id = 555001 WHERE id = ?", booking);
        }
    }

    @AfterEach
    void telegramUpAgain() {
        telegram.whenAnyExchangeReceived(exchange -> { });
    }

    @Test
    void aNewBookingReachesTheAdminChatWithThePhoneMasked() {
        producer.sendBodyAndHeaders("direct:salon-notify", null, Map.of("bookingId", booking, "bookingEvent", "created"));

        Map<?, ?> payload = onlyMessage();
        assertThat(payload.get("chat_id")).isEqualTo(ADMIN_CHAT_ID);
        // Starts at 2026-03-03T09:00Z, which is 12:00 in Moscow.
        assertThat(payload.get("text")).isEqualTo("""
                🆕 Новая запись через бота
                Стрижка женская
                03.03.2026 12:00, мастер Мария
                Клиент: Анна, +7******6677
                Запись в Yclients: 555001""");
    }

    @Test
    void aCancellationReachesItToo() {
        producer.sendBodyAndHeaders("direct:salon-notify", null,
                Map.of("bookingId", booking, "bookingEvent", "cancelled"));

        assertThat((String) onlyMessage().get("text")).startsWith("❌ Клиент отменил запись через бота\n")
                .doesNotContain("79035556677");
    }

    @Test
    void unknownBookingsAndOtherEventsSendNothingAndAFailedSendNeverFailsTheCaller() {
        producer.sendBodyAndHeaders("direct:salon-notify", null, Map.of("bookingId", -1L, "bookingEvent", "created"));
        producer.sendBodyAndHeaders("direct:salon-notify", null, Map.of("bookingId", booking, "bookingEvent", "moved"));
        producer.sendBody("direct:salon-notify", null);
        assertThat(salonMessages()).isEmpty();

        telegram.whenAnyExchangeReceived(exchange -> {
            throw new IllegalStateException("Telegram is down");
        });
        producer.sendBodyAndHeaders("direct:salon-notify", null, Map.of("bookingId", booking, "bookingEvent", "created"));
        assertThat(salonMessages()).hasSize(1);
    }

    @Test
    void switchedOffWithoutAnAdminChatOrBySetting() {
        assertThat(new SalonNotifications(bookings, jdbc, new AdminChat(messages, "", "ru"), true, "Europe/Moscow")
                .message(booking, "created")).isNull();
        assertThat(new SalonNotifications(bookings, jdbc, new AdminChat(messages, ADMIN_CHAT_ID, "ru"), false,
                "Europe/Moscow")
                .enabled()).isFalse();
        assertThat(new SalonNotifications(bookings, jdbc, new AdminChat(messages, ADMIN_CHAT_ID, "en"), true,
                "Europe/Moscow")
                .message(booking, "created").get("text")).isEqualTo("""
                🆕 New booking through the bot
                Стрижка женская
                2026-03-03 12:00, with Мария
                Client: Анна, +7******6677
                Yclients record: 555001""");
    }

    private Map<?, ?> onlyMessage() {
        List<Exchange> sent = salonMessages();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getMessage().getHeader("chatId", String.class)).isEqualTo(ADMIN_CHAT_ID);
        return sent.get(0).getMessage().getBody(Map.class);
    }

    /** The mock also sees rotation reminders when another test left a secret due; those are not ours. */
    private List<Exchange> salonMessages() {
        return telegram.getReceivedExchanges().stream()
                .filter(exchange -> !String.valueOf(exchange.getMessage().getBody(Map.class).get("text"))
                        .startsWith("🔐")).toList();
    }
}
