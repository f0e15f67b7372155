package io.ytbridge.webhook;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import io.ytbridge.booking.BookingLedger;
import io.ytbridge.booking.BookingRequests;
import io.ytbridge.booking.PhoneNormalizer;
import io.ytbridge.webhook.RecordChange.Action;
import io.ytbridge.webhook.RecordChange.BookingLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Compares a record event with the booking we hold and decides what changes and what the user is told; then,
 * once the notice is out, writes the booking's new state and its status history.
 *
 * <p>Told once: a notice goes out only on a transition the stored booking has not made yet, and the stored state
 * moves on right after. Confirmation is told only if the history holds no earlier {@code confirmed} (the dialog
 * writes one when it confirms a booking itself). A {@code create} never changes a booking we already hold, and an
 * event older than the booking's last known Yclients change is stale, so late or out-of-order events undo nothing.
 *
 * <p>A booking whose {@code book_record} got no answer in time is stored without a record ({@code unknown}, or
 * {@code pending} when the bot stopped mid-call). The record, if Yclients made it, carries our booking id as
 * {@code api_id}: its first event settles that booking instead of adopting a second one.
 */
@Component("recordChanges")
public class RecordChanges {

    /** Yclients salons here are Russian: a phone without a country code is read as one. */
    static final String SALON_REGION = "RU";

    static final String ADOPTED_SOURCE = "yclients";

    private static final Logger LOG = LoggerFactory.getLogger(RecordChanges.class);

    private final JdbcTemplate jdbc;
    private final CompanyZone companyZone;
    private final Duration adoptAfter;
    private final Clock clock = Clock.systemUTC();

    public RecordChanges(JdbcTemplate jdbc, CompanyZone companyZone,
                         @Value("${bridge.webhook.processing.adopt-after-seconds:30}") long adoptAfterSeconds) {
        this.jdbc = jdbc;
        this.companyZone = companyZone;
        this.adoptAfter = Duration.ofSeconds(adoptAfterSeconds);
    }

    private record StoredBooking(BookingLink link, String status, OffsetDateTime startsAt, OffsetDateTime changedAt,
                                 boolean confirmedBefore) {
    }

    public RecordChange assess(StoredWebhookEvent event) throws RecordNotSettledException {
        RecordSnapshot record = RecordSnapshot.of(event.companyId(), event.resourceId(), event.status(), event.data(),
                companyZone.zoneFor(event.companyId()));
        if (record.companyId() == null || record.recordId() == null) {
            return RecordChange.nothing(event.id(), event.origin(), "record.unidentified", record);
        }
        Optional<StoredBooking> stored = findBooking(record.companyId(), record.recordId());
        if (stored.isPresent()) {
            return assessKnown(event, record, stored.get());
        }
        Optional<StoredBooking> unsettled = findUnsettled(record.companyId(), record.apiId());
        return unsettled.isPresent() ? assessUnsettled(event, record, unsettled.get()) : assessUnknown(event, record);
    }

    private RecordChange assessUnsettled(StoredWebhookEvent event, RecordSnapshot record, StoredBooking stored)
            throws RecordNotSettledException {
        // A pending booking may still be waiting for book_record's answer: the dialog settles it itself.
        if (BookingLedger.PENDING.equals(stored.status()) && event.receivedAt() != null
                && event.receivedAt().isAfter(OffsetDateTime.now(clock).minus(adoptAfter))) {
            throw new RecordNotSettledException(record.recordId());
        }
        RecordState state = record.state();
        NoticeKind notice = state == RecordState.CANCELLED ? null : NoticeKind.BOOKED;
        return new RecordChange(event.id(), event.origin(), eventName(event, state, null), Action.SETTLE,
                stored.link(), record, stored.status(), stored.startsAt(), notice);
    }

    private RecordChange assessKnown(StoredWebhookEvent event, RecordSnapshot record, StoredBooking stored) {
        if ("create".equals(event.status())) {
            return RecordChange.nothing(event.id(), event.origin(), "record.create", record);
        }
        if (record.changedAt() != null && stored.changedAt() != null
                && record.changedAt().isBefore(stored.changedAt())) {
            return RecordChange.nothing(event.id(), event.origin(), "record.stale", record);
        }
        RecordState newState = record.state();
        RecordState oldState = RecordState.ofStatus(stored.status());
        boolean moved = newState != RecordState.CANCELLED && record.startsAt() != null
                && !record.startsAt().isEqual(stored.startsAt());
        NoticeKind notice = null;
        if (newState == RecordState.CANCELLED && oldState != RecordState.CANCELLED) {
            notice = NoticeKind.CANCELLED;
        } else if (moved) {
            notice = NoticeKind.MOVED;
        } else if (newState == RecordState.CONFIRMED && oldState != RecordState.CONFIRMED
                && !stored.confirmedBefore()) {
            notice = NoticeKind.CONFIRMED;
        }
        boolean changed = newState != oldState || moved
                || (record.changedAt() != null
                    && (stored.changedAt() == null || !record.changedAt().isEqual(stored.changedAt())));
        if (!changed) {
            return RecordChange.nothing(event.id(), event.origin(), "record.update", record);
        }
        return new RecordChange(event.id(), event.origin(), eventName(event, newState, notice), Action.UPDATE,
                stored.link(), record, stored.status(), stored.startsAt(), notice);
    }

    private RecordChange assessUnknown(StoredWebhookEvent event, RecordSnapshot record)
            throws RecordNotSettledException {
        RecordState state = record.state();
        Optional<BookingLink> user = findUserByClient(record.companyId(), record.clientId())
                .or(() -> findUserByPhone(record.companyId(), PhoneNormalizer.e164(record.clientPhone(), SALON_REGION)));
        if (user.isEmpty()) {
            return RecordChange.nothing(event.id(), event.origin(), "record.unlinked", record);
        }
        // A record we never knew that is already gone, or has no time, is nothing to tell or to keep.
        if (state == RecordState.CANCELLED || record.startsAt() == null) {
            return RecordChange.nothing(event.id(), event.origin(), eventName(event, state, null), record);
        }
        if (event.receivedAt() != null && event.receivedAt().isAfter(OffsetDateTime.now(clock).minus(adoptAfter))) {
            throw new RecordNotSettledException(record.recordId());
        }
        NoticeKind notice = state == RecordState.CONFIRMED ? NoticeKind.CONFIRMED : null;
        return new RecordChange(event.id(), event.origin(), eventName(event, state, notice), Action.ADOPT, user.get(),
                record, null, null, notice);
    }

    private static String eventName(StoredWebhookEvent event, RecordState state, NoticeKind notice) {
        if (state == RecordState.CANCELLED) {
            return "record.cancel";
        }
        if (notice == NoticeKind.MOVED) {
            return "record.move";
        }
        if (notice == NoticeKind.CONFIRMED) {
            return "record.confirm";
        }
        return "create".equals(event.status()) ? "record.create" : "record.update";
    }

    /** Writes what {@link #assess} decided; called after the notice, if any, has been sent. */
    public void record(RecordChange change) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        RecordSnapshot record = change.record();
        String status = record.state().status();
        switch (change.action()) {
            case NONE -> {
            }
            case ADOPT -> {
                GeneratedKeyHolder keys = new GeneratedKeyHolder();
                jdbc.update(connection -> {
                    PreparedStatement insert = connection.prepareStatement("""
                            INSERT INTO booking (telegram_user_id, company_id, record_id, service_ids,
                                service_title, staff_id, staff_name, starts_at, status, source,
                                yclients_changed_at, created_at, updated_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
                    insert.setLong(1, change.link().telegramUserId());
                    insert.setLong(2, record.companyId());
                    insert.setLong(3, record.recordId());
                    insert.setString(4, record.serviceIdList());
                    insert.setString(5, record.serviceTitle());
                    insert.setLong(6, record.staffId() == null ? 0 : record.staffId());
                    insert.setString(7, record.staffName());
                    insert.setObject(8, record.startsAt());
                    insert.setString(9, status);
                    insert.setString(10, ADOPTED_SOURCE);
                    insert.setObject(11, record.changedAt());
                    insert.setObject(12, now);
                    insert.setObject(13, now);
                    return insert;
                }, keys);
                appendHistory(keys.getKey().longValue(), status, change.origin(), now);
                LOG.info("Linked Yclients record {} (made by the salon) to Telegram user {}", record.recordId(),
                        change.link().telegramUserId());
            }
            case SETTLE -> {
                OffsetDateTime startsAt = record.startsAt() != null ? record.startsAt() : change.previousStartsAt();
                int updated = jdbc.update("""
                        UPDATE booking SET record_id = ?, status = ?, starts_at = ?, yclients_changed_at = ?,
                            updated_at = ?
                        WHERE id = ? AND record_id IS NULL AND status = ?""",
                        record.recordId(), status, startsAt, record.changedAt(), now, change.link().bookingId(),
                        change.previousStatus());
                if (updated == 1) {
                    appendHistory(change.link().bookingId(), status, change.origin(), now);
                    LOG.info("Booking {} ({}) settled: Yclients record {} exists", change.link().bookingId(),
                            change.previousStatus(), record.recordId());
                }
            }
            case UPDATE -> {
                OffsetDateTime startsAt = record.startsAt() != null && record.state() != RecordState.CANCELLED
                        ? record.startsAt() : change.previousStartsAt();
                int updated = jdbc.update("""
                        UPDATE booking SET status = ?, starts_at = ?,
                            yclients_changed_at = COALESCE(?, yclients_changed_at), updated_at = ?
                        WHERE id = ? AND status = ? AND starts_at = ?""",
                        status, startsAt, record.changedAt(), now, change.link().bookingId(), change.previousStatus(),
                        change.previousStartsAt());
                if (updated == 0) {
                    LOG.info("Booking {} changed while event {} was processed; the next event or reconciliation "
                            + "brings it up to date", change.link().bookingId(), change.eventId());
                } else if (!status.equals(change.previousStatus())) {
                    appendHistory(change.link().bookingId(), status, change.origin(), now);
                }
            }
        }
    }

    private void appendHistory(long bookingId, String status, String origin, OffsetDateTime now) {
        jdbc.update("INSERT INTO booking_status_history (booking_id, status, origin, changed_at) VALUES (?, ?, ?, ?)",
                bookingId, status, origin, now);
    }

    private static final String STORED_BOOKING = """
            SELECT b.id, b.telegram_user_id, b.status, b.starts_at, b.yclients_changed_at, b.service_title,
                   b.staff_name, u.chat_id, u.language,
                   (SELECT COUNT(*) FROM booking_status_history h
                     WHERE h.booking_id = b.id AND h.status = 'confirmed') AS confirmations
            FROM booking b JOIN telegram_user u ON u.telegram_user_id = b.telegram_user_id""";

    private Optional<StoredBooking> findBooking(long companyId, long recordId) {
        return jdbc.query(STORED_BOOKING + " WHERE b.company_id = ? AND b.record_id = ?", this::storedBooking,
                companyId, recordId).stream().findFirst();
    }

    private StoredBooking storedBooking(ResultSet rs, int row) throws SQLException {
        return new StoredBooking(
                new BookingLink(rs.getLong("id"), rs.getLong("telegram_user_id"), rs.getLong("chat_id"),
                        rs.getString("language"), rs.getString("service_title"), rs.getString("staff_name")),
                rs.getString("status"),
                rs.getObject("starts_at", OffsetDateTime.class),
                rs.getObject("yclients_changed_at", OffsetDateTime.class),
                rs.getLong("confirmations") > 0);
    }

    /** The bot's own booking that {@code api_id} names, while it still waits to learn its record. */
    private Optional<StoredBooking> findUnsettled(long companyId, Long apiId) {
        if (apiId == null) {
            return Optional.empty();
        }
        return jdbc.query(STORED_BOOKING + " WHERE b.company_id = ? AND b.id = ? AND b.record_id IS NULL"
                        + " AND b.source = ? AND b.status IN (?, ?)", this::storedBooking,
                companyId, apiId, BookingRequests.SOURCE, BookingLedger.UNKNOWN, BookingLedger.PENDING)
                .stream().findFirst();
    }

    private Optional<BookingLink> findUserByClient(long companyId, Long clientId) {
        if (clientId == null) {
            return Optional.empty();
        }
        return findUser("m.yclients_client_id = ?", companyId, clientId);
    }

    private Optional<BookingLink> findUserByPhone(long companyId, String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        return findUser("m.phone = ?", companyId, phone);
    }

    private Optional<BookingLink> findUser(String condition, long companyId, Object value) {
        return jdbc.query("""
                SELECT u.telegram_user_id, u.chat_id, u.language
                FROM client_mapping m JOIN telegram_user u ON u.telegram_user_id = m.telegram_user_id
                WHERE m.company_id = ?""" + " AND " + condition + " ORDER BY m.updated_at DESC",
                (rs, row) -> new BookingLink(null, rs.getLong("telegram_user_id"), rs.getLong("chat_id"),
                        rs.getString("language"), null, null),
                companyId, value).stream().findFirst();
    }
}
