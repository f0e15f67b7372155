package io.ytbridge.ops;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The text the salon's admin chat gets when a client books or cancels through the bot (route salon-notify):
 * service, master, time in the salon's time zone, the client's first name and masked phone, the Yclients record.
 */
@Component("salonNotifications")
public class SalonNotifications {

    private final BookingExport bookings;
    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final String adminChatId;
    private final boolean notifyAdminChat;
    private final Locale language;
    private final ZoneId zone;

    public SalonNotifications(BookingExport bookings, JdbcTemplate jdbc, MessageSource messages,
            @Value("${bridge.admin-chat-id:}") String adminChatId,
            @Value("${bridge.salon.notify-admin-chat:true}") boolean notifyAdminChat,
            @Value("${bridge.salon.admin-language:ru}") String language,
            @Value("${bridge.yclients.timezone:Europe/Moscow}") String zone) {
        this.bookings = bookings;
        this.jdbc = jdbc;
        this.messages = messages;
        this.adminChatId = adminChatId.trim();
        this.notifyAdminChat = notifyAdminChat;
        this.language = Locale.forLanguageTag(language);
        this.zone = ZoneId.of(zone);
    }

    /** On when bridge.salon.notify-admin-chat is true (the default) and ADMIN_CHAT_ID is set. */
    public boolean enabled() {
        return notifyAdminChat && !adminChatId.isEmpty();
    }

    /**
     * The sendMessage payload for {@code event} ({@code created} or {@code cancelled}) of the booking, or null when
     * notifications are off, the event is another one, or the booking does not exist.
     */
    public Map<String, Object> message(Long bookingId, String event) {
        if (!enabled() || bookingId == null || !("created".equals(event) || "cancelled".equals(event))) {
            return null;
        }
        return bookings.find(bookingId).map(booking -> {
            String firstName = jdbc.queryForList("SELECT first_name FROM telegram_user WHERE telegram_user_id = ?",
                    String.class, booking.telegramUserId()).stream().filter(name -> name != null).findFirst()
                    .orElse("—");
            DateTimeFormatter time = DateTimeFormatter.ofPattern(
                    messages.getMessage("salon.time-format", null, language), language);
            String text = messages.getMessage("salon." + event, new Object[] {
                    booking.serviceTitle() == null ? "—" : booking.serviceTitle(),
                    booking.startsAt().atZoneSameInstant(zone).format(time),
                    booking.staffName() == null ? "—" : booking.staffName(),
                    firstName,
                    booking.clientPhone() == null ? "—" : PhoneMask.mask(booking.clientPhone()),
                    booking.recordId() == null ? "—" : booking.recordId().toString()}, language);
            return Map.<String, Object>of("chat_id", adminChatId, "text", text);
        }).orElse(null);
    }
}
