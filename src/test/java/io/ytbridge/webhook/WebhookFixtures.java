package io.ytbridge.webhook;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;

/** Rows and payloads for webhook tests: Telegram users, client mappings, bookings, and real-shaped deliveries. */
final class WebhookFixtures {

    static final long COMPANY = 1;
    /** Distinct ids in every test, even with contexts (and their databases) shared between test classes. */
    private static final AtomicLong IDS = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000) * 1000);
    /** How Yclients writes datetimes in webhooks: an offset without a colon. */
    static final ZoneOffset MOSCOW = ZoneOffset.ofHours(3);
    private static final DateTimeFormatter YCLIENTS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");

    private final JdbcTemplate jdbc;

    WebhookFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static long nextId() {
        return IDS.incrementAndGet();
    }

    /** A Telegram user in a private chat (chat id = user id). */
    long user(String language) {
        long id = nextId();
        jdbc.update("INSERT INTO telegram_user (telegram_user_id, chat_id, language) VALUES (?, ?, ?)", id, id, language);
        return id;
    }

    void mapping(long user, Long clientId, String phone) {
        jdbc.update("INSERT INTO client_mapping (telegram_user_id, company_id, yclients_client_id, phone, client_name) "
                + "VALUES (?, ?, ?, ?, ?)", user, COMPANY, clientId, phone, "Анна");
    }

    /** A booking the bot made, with its status history as the dialog writes it. */
    long botBooking(long user, long recordId, String status, OffsetDateTime startsAt) {
        jdbc.update("INSERT INTO booking (telegram_user_id, company_id, record_id, record_hash, service_ids, service_title, "
                        + "staff_id, staff_name, starts_at, status) VALUES (?, ?, ?, ?, '331', 'Стрижка', 6544, 'Мария', ?, ?)",
                user, COMPANY, recordId, "hash" + recordId, startsAt, status);
        long id = jdbc.queryForObject("SELECT id FROM booking WHERE company_id = ? AND record_id = ?", Long.class,
                COMPANY, recordId);
        jdbc.update("INSERT INTO booking_status_history (booking_id, status, origin) VALUES (?, ?, 'telegram_bot')",
                id, status);
        return id;
    }

    /** A booking the bot asked Yclients for without learning the answer: no record yet, as the ledger leaves it. */
    long unsettledBooking(long user, String status, OffsetDateTime startsAt) {
        jdbc.update("INSERT INTO booking (telegram_user_id, company_id, service_ids, service_title, staff_id, staff_name, "
                + "starts_at, status) VALUES (?, ?, '331', 'Стрижка', 6544, 'Мария', ?, ?)", user, COMPANY, startsAt, status);
        long id = jdbc.queryForObject("SELECT id FROM booking WHERE telegram_user_id = ? AND record_id IS NULL",
                Long.class, user);
        jdbc.update("INSERT INTO booking_status_history (booking_id, status, origin) VALUES (?, ?, 'dialog')", id, status);
        return id;
    }

    /** The same event as the bot's own record would bring it: our booking id as api_id. */
    static String withApiId(String recordEvent, long bookingId) {
        return recordEvent.replace("\"comment\":\"\"", "\"comment\":\"telegram_bot\",\"api_id\":\"" + bookingId + "\"");
    }

    String bookingStatus(long recordId) {
        return jdbc.queryForObject("SELECT status FROM booking WHERE company_id = ? AND record_id = ?", String.class,
                COMPANY, recordId);
    }

    /** A record event shaped as Yclients sends it: ids as strings, offsets without colon, client object. */
    static String recordEvent(long recordId, String status, int attendance, boolean deleted, OffsetDateTime startsAt,
                              OffsetDateTime lastChange, long clientId, String phone) {
        return """
                {"company_id":"%d","resource":"record","resource_id":"%d","status":"%s","data":{
                  "id":"%d","company_id":%d,"staff_id":"6544","services":[{"id":"331","title":"Стрижка","cost":"1500.00"}],
                  "staff":{"id":6544,"name":"Мария"},
                  "client":{"id":"%d","name":"Анна","surname":"","phone":"%s"},
                  "datetime":"%s","date":"%s","create_date":"2026-01-10T10:00:00+0300",
                  "last_change_date":"%s","comment":"","online":true,"visit_attendance":0,
                  "attendance":"%d","confirmed":"1","deleted":%s,"prepaid":false,"custom_fields":[],"documents":[]}}"""
                .formatted(COMPANY, recordId, status, recordId, COMPANY, clientId, phone,
                        startsAt.withOffsetSameInstant(MOSCOW).format(YCLIENTS_TIME),
                        startsAt.withOffsetSameInstant(MOSCOW).toLocalDateTime().toString().replace('T', ' '),
                        lastChange.withOffsetSameInstant(MOSCOW).format(YCLIENTS_TIME), attendance, deleted);
    }

    static OffsetDateTime inDays(int days, int hourUtc) {
        return OffsetDateTime.now(ZoneOffset.UTC).plusDays(days).withHour(hourUtc).withMinute(0).withSecond(0).withNano(0);
    }
}
