package io.ytbridge.ops;

import java.sql.Timestamp;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Bookings as the dialog stores them: a Telegram user, a booking with source telegram_bot, its status history. */
final class BookingFixtures {

    private final JdbcTemplate jdbc;

    BookingFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void user(long telegramUserId, String phone) {
        jdbc.update("INSERT INTO telegram_user (telegram_user_id, chat_id, phone, first_name) VALUES (?, ?, ?, ?)",
                telegramUserId, telegramUserId, phone, "Анна");
    }

    long booking(long telegramUserId, OffsetDateTime createdAt, String serviceTitle, String staffName, String status) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("INSERT INTO booking (telegram_user_id, company_id, record_id,"
                    + " service_ids, service_title, staff_id, staff_name, starts_at, price, status, created_at)"
                    + " VALUES (?, 1, NULL, '7', ?, 3, ?, ?, 1500.00, ?, ?)", new String[] {"id"});
            insert.setLong(1, telegramUserId);
            insert.setString(2, serviceTitle);
            insert.setString(3, staffName);
            insert.setTimestamp(4, Timestamp.from(createdAt.plusDays(2).toInstant()));
            insert.setString(5, status);
            insert.setTimestamp(6, Timestamp.from(createdAt.toInstant()));
            return insert;
        }, keys);
        return keys.getKey().longValue();
    }

    void history(long bookingId, String status, String origin, OffsetDateTime changedAt) {
        jdbc.update("INSERT INTO booking_status_history (booking_id, status, origin, changed_at) VALUES (?, ?, ?, ?)",
                bookingId, status, origin, Timestamp.from(changedAt.toInstant()));
    }
}
