package io.ytbridge.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bookings made through the bot (source {@code telegram_bot}) and their status history. A booking row exists before
 * Yclients is asked, so nothing is half-booked without a trace: pending → booked, or pending → failed.
 */
@Component("bookingLedger")
public class BookingLedger {

    public static final String PENDING = "pending";
    public static final String BOOKED = "booked";
    public static final String FAILED = "failed";
    public static final String CANCELLED = "cancelled";
    public static final String UNKNOWN = "unknown";

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    public BookingLedger(JdbcTemplate jdbc,
            @org.springframework.beans.factory.annotation.Value("${bridge.yclients.timezone:Europe/Moscow}") String zone) {
        this.jdbc = jdbc;
        this.zone = ZoneId.of(zone);
    }

    /** An open booking (pending or booked) for the same choice, so a double tap on Confirm books once. */
    public Optional<BookingView> openBookingFor(long userId, long companyId, BookingChoice choice) {
        return jdbc.query(SELECT + " WHERE telegram_user_id = ? AND company_id = ? AND service_ids = ? AND staff_id = ?"
                        + " AND starts_at = ? AND status IN ('pending', 'booked', 'confirmed')", this::view,
                userId, companyId, Long.toString(choice.serviceId()), choice.staffId(),
                Timestamp.from(choice.startsAt().toInstant())).stream().findFirst();
    }

    @Transactional
    public long createPending(long userId, long companyId, BookingChoice choice) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO booking (telegram_user_id, company_id, service_ids,"
                    + " service_title, staff_id, staff_name, starts_at, price, status, source)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'telegram_bot')", new String[] {"id"});
            statement.setLong(1, userId);
            statement.setLong(2, companyId);
            statement.setString(3, Long.toString(choice.serviceId()));
            statement.setString(4, choice.serviceTitle());
            statement.setLong(5, choice.staffId());
            statement.setString(6, choice.staffName());
            statement.setTimestamp(7, Timestamp.from(choice.startsAt().toInstant()));
            statement.setBigDecimal(8, choice.priceMin() == null ? null : new java.math.BigDecimal(choice.priceMin()));
            statement.setString(9, PENDING);
            return statement;
        }, keys);
        long id = keys.getKey().longValue();
        history(id, PENDING, "dialog");
        return id;
    }

    /** Once only: a retry after a commit whose answer was lost changes nothing. */
    @Transactional
    public void markBooked(long bookingId, long recordId, String recordHash) {
        if (jdbc.update("UPDATE booking SET record_id = ?, record_hash = ?, status = ?, updated_at = CURRENT_TIMESTAMP"
                + " WHERE id = ? AND status = ?", recordId, recordHash, BOOKED, bookingId, PENDING) == 1) {
            history(bookingId, BOOKED, "dialog");
        }
    }

    @Transactional
    public void markFailed(long bookingId) {
        if (jdbc.update("UPDATE booking SET status = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ? AND status = ?",
                FAILED, bookingId, PENDING) == 1) {
            history(bookingId, FAILED, "dialog");
        }
    }

    /** Yclients may or may not have made the record (no answer in time): neither booked nor failed. */
    @Transactional
    public void markUnknown(long bookingId) {
        if (jdbc.update("UPDATE booking SET status = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ? AND status = ?",
                UNKNOWN, bookingId, PENDING) == 1) {
            history(bookingId, UNKNOWN, "dialog");
        }
    }

    @Transactional
    public void markCancelled(long bookingId, String origin) {
        if (jdbc.update("UPDATE booking SET status = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ? AND status <> ?",
                CANCELLED, bookingId, CANCELLED) == 1) {
            history(bookingId, CANCELLED, origin);
        }
    }

    public List<BookingView> upcoming(long userId) {
        return jdbc.query(SELECT + " WHERE telegram_user_id = ? AND starts_at > ? AND status IN ('booked', 'confirmed')"
                + " ORDER BY starts_at", this::view, userId, Timestamp.from(java.time.Instant.now()));
    }

    /** The user's own booking, or empty: a forged button cannot reach someone else's booking. */
    public Optional<BookingView> ownBooking(long userId, long bookingId) {
        return jdbc.query(SELECT + " WHERE id = ? AND telegram_user_id = ?", this::view, bookingId, userId)
                .stream().findFirst();
    }

    private void history(long bookingId, String status, String origin) {
        jdbc.update("INSERT INTO booking_status_history (booking_id, status, origin) VALUES (?, ?, ?)",
                bookingId, status, origin);
    }

    private static final String SELECT = "SELECT id, telegram_user_id, company_id, record_id, record_hash, service_title,"
            + " staff_id, staff_name, starts_at, status FROM booking";

    private BookingView view(ResultSet rs, int row) throws SQLException {
        OffsetDateTime startsAt = rs.getObject("starts_at", OffsetDateTime.class);
        return new BookingView(rs.getLong("id"), rs.getLong("telegram_user_id"), rs.getLong("company_id"),
                rs.getObject("record_id", Long.class), rs.getString("record_hash"), rs.getString("service_title"),
                rs.getLong("staff_id"), rs.getString("staff_name"), startsAt.atZoneSameInstant(zone), rs.getString("status"));
    }
}
