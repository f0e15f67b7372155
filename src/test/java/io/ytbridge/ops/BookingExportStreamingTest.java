package io.ytbridge.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The export writes while the cursor moves: when the first quarter megabyte has left, only a small part of the
 * rows has been read from the database. An export that loaded everything first would have read them all by then.
 */
class BookingExportStreamingTest {

    private static final int BOOKINGS = 20_000;
    private static final JdbcDataSource H2 = new JdbcDataSource();
    private static final AtomicLong ROWS_READ = new AtomicLong();

    @BeforeAll
    static void manyBookings() {
        H2.setURL("jdbc:h2:mem:export-streaming;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(H2).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(H2);
        jdbc.update("INSERT INTO telegram_user (telegram_user_id, chat_id, phone) VALUES (1, 1, '+79161234567')");
        List<Object[]> rows = new ArrayList<>();
        Timestamp created = Timestamp.from(Instant.parse("2024-06-01T09:00:00Z"));
        for (int i = 0; i < BOOKINGS; i++) {
            rows.add(new Object[] {"Стрижка мужская, машинкой и ножницами №" + i, created});
        }
        jdbc.batchUpdate("INSERT INTO booking (telegram_user_id, company_id, service_ids, service_title, staff_id,"
                + " starts_at, status, created_at) VALUES (1, 1, '7', ?, 3, CURRENT_TIMESTAMP, 'booked', ?)", rows);
    }

    @Test
    void writesTheFirstRowsLongBeforeTheLastOnesAreReadAndStopsWhenTheReaderGoesAway() {
        BookingExport export = new BookingExport(countingRowsRead(H2), new ObjectMapper(), "Europe/Moscow");
        long[] readWhenQuarterMegabyteWritten = {-1};
        OutputStream reader = new OutputStream() {
            private long written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                written += length;
                if (written > 256 * 1024) {
                    readWhenQuarterMegabyteWritten[0] = ROWS_READ.get();
                    throw new IOException("the client went away");
                }
            }
        };

        assertThatThrownBy(() -> export.write(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 1),
                BookingExport.Format.CSV, false, reader)).hasRootCauseMessage("the client went away");

        assertThat(readWhenQuarterMegabyteWritten[0]).isBetween(1L, BOOKINGS / 5L);
        assertThat(ROWS_READ.get()).as("reading stops with the writing").isLessThan(BOOKINGS / 5L);
    }

    @Test
    void allRowsArriveWhenTheReaderStays() {
        BookingExport export = new BookingExport(H2, new ObjectMapper(), "Europe/Moscow");
        CountingLines lines = new CountingLines();
        export.write(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 1), BookingExport.Format.JSONL, false, lines);
        assertThat(lines.count).isEqualTo(BOOKINGS);
    }

    private static final class CountingLines extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            if (b == '\n') {
                count++;
            }
        }
    }

    /** A DataSource whose result sets count the rows handed out, so the test sees how far the cursor has moved. */
    private static DataSource countingRowsRead(DataSource target) {
        ROWS_READ.set(0);
        return proxy(DataSource.class, target);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target) {
        InvocationHandler handler = (self, method, args) -> {
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (type == ResultSet.class && method.getName().equals("next") && Boolean.TRUE.equals(result)) {
                ROWS_READ.incrementAndGet();
            }
            if (result instanceof Connection connection && method.getReturnType() == Connection.class) {
                return proxy(Connection.class, connection);
            }
            if (result instanceof Statement statement && Statement.class.isAssignableFrom(method.getReturnType())) {
                return proxy((Class<Statement>) method.getReturnType(), statement);
            }
            if (result instanceof ResultSet resultSet && method.getReturnType() == ResultSet.class) {
                return proxy(ResultSet.class, resultSet);
            }
            return result;
        };
        return (T) Proxy.newProxyInstance(BookingExportStreamingTest.class.getClassLoader(), new Class<?>[] {type},
                handler);
    }
}
