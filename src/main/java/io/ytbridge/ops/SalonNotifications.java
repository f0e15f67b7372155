package io.ytbridge.ops;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
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
    private final AdminChat adminChat;
    private final boolean notifyAdminChat;
    private final ZoneId zone;

    public SalonNotifications(BookingExport bookings, JdbcTemplate jdbc, AdminChat adminChat,
            @Value("${bridge.salon.notify-admin-chat:true}") boolean notifyAdminChat,
            @Value("${bridge.yclients.timezone:Europe/Moscow}") String zone) {
        this.bookings = bookings;
        this.jdbc = jdbc;
        this.adminChat = adminChat;
        this.notifyAdminChat = notifyAdminChat;
        this.zone = ZoneId.of(zone);
    }

    /** On when bridge.salon.notify-admin-chat is true (the default) and ADMIN_CHAT_ID is set. */
    public boolean enabled() {
        return notifyAdminChat && adminChat.configured();
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
            DateTimeFormatter time = DateTimeFormatter.ofPattern(adminChat.text("salon.time-format"),
                    adminChat.language());
            return adminChat.message(adminChat.text("salon." + event,
                    booking.serviceTitle() == null ? "—" : booking.serviceTitle(),
                    booking.startsAt().atZoneSameInstant(zone).format(time),
                    booking.staffName() == null ? "—" : booking.staffName(),
                    firstName,
                    booking.clientPhone() == null ? "—" : PhoneMask.mask(booking.clientPhone()),
                    booking.recordId() == null ? "—" : booking.recordId().toString()));
        }).orElse(null);
    }
}
