package io.ytbridge.ops;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bookings made through the bot with their status history, written row by row as CSV or JSONL while the database
 * cursor moves: a year of bookings never sits in memory. Dates are the salon's (YCLIENTS_TIMEZONE) calendar days of
 * {@code created_at}, both ends included. Phones are masked unless the caller asks for them in full.
 */
@Component
public class BookingExport {

    public enum Format {
        CSV("text/csv; charset=UTF-8"), JSONL("application/x-ndjson; charset=UTF-8");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }
    }

    static final List<String> COLUMNS = List.of("booking_id", "created_at", "source", "company_id", "record_id",
            "telegram_user_id", "client_phone", "service_ids", "service_title", "staff_id", "staff_name", "starts_at",
            "price", "status", "status_history");

    private static final int FETCH_SIZE = 500;
    private static final String SELECT = "SELECT b.id, b.created_at, b.source, b.company_id, b.record_id,"
            + " b.telegram_user_id, u.phone, b.service_ids, b.service_title, b.staff_id, b.staff_name, b.starts_at,"
            + " b.price, b.status, h.status AS history_status, h.origin AS history_origin,"
            + " h.changed_at AS history_changed_at"
            + " FROM booking b"
            + " LEFT JOIN telegram_user u ON u.telegram_user_id = b.telegram_user_id"
            + " LEFT JOIN booking_status_history h ON h.booking_id = b.id";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnlyTransaction;
    private final ObjectMapper json;
    private final ZoneId zone;

    public BookingExport(DataSource dataSource, ObjectMapper json,
            @Value("${bridge.yclients.timezone:Europe/Moscow}") String zone) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        // PostgreSQL's driver honours the fetch size only inside a transaction; otherwise it reads every row at once.
        this.readOnlyTransaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.readOnlyTransaction.setReadOnly(true);
        this.json = json;
        this.zone = ZoneId.of(zone);
    }

    /** Writes the bookings created from {@code from} to {@code to} (salon days, inclusive) to {@code out}. */
    public void write(LocalDate from, LocalDate to, Format format, boolean fullPhones, OutputStream out) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        Consumer<ExportedBooking> sink = format == Format.CSV ? csv(writer, fullPhones) : jsonl(writer, fullPhones);
        Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
        Grouping grouping = new Grouping(sink);
        readOnlyTransaction.executeWithoutResult(status -> jdbc.query(
                SELECT + " WHERE b.created_at >= ? AND b.created_at < ? ORDER BY b.id, h.changed_at, h.id",
                grouping, start, end));
        grouping.finish();
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One booking, as the JSONL sink records it after a status change. */
    public Optional<ExportedBooking> find(long bookingId) {
        List<ExportedBooking> found = new ArrayList<>(1);
        Grouping grouping = new Grouping(found::add);
        jdbc.query(SELECT + " WHERE b.id = ? ORDER BY h.changed_at, h.id", grouping, bookingId);
        grouping.finish();
        return found.stream().findFirst();
    }

    /** The booking as one JSON object with snake_case keys, the JSONL export's line format. */
    public Map<String, Object> toJson(ExportedBooking booking, boolean fullPhones) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("booking_id", booking.bookingId());
        line.put("created_at", timestamp(booking.createdAt()));
        line.put("source", booking.source());
        line.put("company_id", booking.companyId());
        line.put("record_id", booking.recordId());
        line.put("telegram_user_id", booking.telegramUserId());
        line.put("client_phone", phone(booking, fullPhones));
        line.put("service_ids", booking.serviceIds());
        line.put("service_title", booking.serviceTitle());
        line.put("staff_id", booking.staffId());
        line.put("staff_name", booking.staffName());
        line.put("starts_at", timestamp(booking.startsAt()));
        line.put("price", booking.price());
        line.put("status", booking.status());
        line.put("status_history", booking.statusHistory().stream().map(change -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("status", change.status());
            entry.put("origin", change.origin());
            entry.put("changed_at", timestamp(change.changedAt()));
            return entry;
        }).toList());
        return line;
    }

    private Consumer<ExportedBooking> jsonl(Writer writer, boolean fullPhones) {
        return booking -> {
            try {
                writer.write(json.writeValueAsString(toJson(booking, fullPhones)));
                writer.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private Consumer<ExportedBooking> csv(Writer writer, boolean fullPhones) {
        try {
            // The byte order mark makes spreadsheet programs read Cyrillic as UTF-8.
            writer.write('\uFEFF');
            writer.write(String.join(",", COLUMNS));
            writer.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return booking -> {
            List<Object> cells = new ArrayList<>(toJson(booking, fullPhones).values());
            cells.set(cells.size() - 1, String.join("; ", booking.statusHistory().stream()
                    .map(change -> change.status() + " " + timestamp(change.changedAt()) + " (" + change.origin() + ")")
                    .toList()));
            try {
                for (int i = 0; i < cells.size(); i++) {
                    if (i > 0) {
                        writer.write(',');
                    }
                    writer.write(csvCell(cells.get(i)));
                }
                writer.write("\r\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** RFC 4180: a cell with a comma, quote or line break is quoted, and its quotes doubled. */
    static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private String phone(ExportedBooking booking, boolean fullPhones) {
        return fullPhones ? booking.clientPhone() : PhoneMask.mask(booking.clientPhone());
    }

    private String timestamp(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(zone).toOffsetDateTime().toString();
    }

    /** Folds the joined rows (one per status change) back into one booking each, as the cursor moves. */
    private static final class Grouping implements RowCallbackHandler {

        private final Consumer<ExportedBooking> sink;
        private ExportedBooking current;

        Grouping(Consumer<ExportedBooking> sink) {
            this.sink = sink;
        }

        @Override
        public void processRow(ResultSet row) throws SQLException {
            long id = row.getLong("id");
            if (current != null && current.bookingId() != id) {
                sink.accept(current);
                current = null;
            }
            if (current == null) {
                current = new ExportedBooking(id, row.getObject("created_at", OffsetDateTime.class),
                        row.getString("source"), row.getLong("company_id"), row.getObject("record_id", Long.class),
                        row.getLong("telegram_user_id"), row.getString("phone"), row.getString("service_ids"),
                        row.getString("service_title"), row.getLong("staff_id"), row.getString("staff_name"),
                        row.getObject("starts_at", OffsetDateTime.class), row.getBigDecimal("price"),
                        row.getString("status"), new ArrayList<>());
            }
            String historyStatus = row.getString("history_status");
            if (historyStatus != null) {
                current.statusHistory().add(new ExportedBooking.StatusChange(historyStatus,
                        row.getString("history_origin"), row.getObject("history_changed_at", OffsetDateTime.class)));
            }
        }

        void finish() {
            if (current != null) {
                sink.accept(current);
                current = null;
            }
        }
    }
}
