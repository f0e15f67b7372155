package io.ytbridge.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ytbridge.support.EmbeddedPostgresServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The export's cursor (inside a read-only transaction) and the rotation ledger's SQL on a real PostgreSQL. */
class OpsOnPostgresTest {

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgresServer.start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").load()
                .migrate();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void exportStreamsBookingsWithHistoryFromPostgres() {
        BookingFixtures fixtures = new BookingFixtures(jdbc);
        fixtures.user(1L, "+79161234567");
        OffsetDateTime created = OffsetDateTime.parse("2026-02-10T08:00:00Z");
        for (int i = 0; i < 1200; i++) {
            long booking = fixtures.booking(1L, created, "Стрижка, \"люкс\"", "Мария", "booked");
            fixtures.history(booking, "booked", "dialog", created);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new BookingExport(postgres.getPostgresDatabase(), new ObjectMapper(), "Europe/Moscow")
                .write(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 10), BookingExport.Format.CSV, false, out);

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(1201);
        assertThat(lines[1]).contains(",2026-02-10T11:00+03:00,telegram_bot,").contains(",+7******4567,")
                .contains(",\"Стрижка, \"\"люкс\"\"\",").endsWith(",booked,booked 2026-02-10T11:00+03:00 (dialog)");
    }

    @Test
    void ledgerRecordsNewValuesAndStatedDates() {
        SecretRotationLedger ledger = new SecretRotationLedger(jdbc, new SecretFingerprints(jdbc));

        assertThat(ledger.record(BridgeSecret.ADMIN_TOKEN, "first-admin-token")).isTrue();
        assertThat(ledger.record(BridgeSecret.ADMIN_TOKEN, "first-admin-token")).isFalse();
        Instant stated = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        assertThat(ledger.markRotated(BridgeSecret.ADMIN_TOKEN, stated)).isTrue();
        assertThat(ledger.rotatedAt(BridgeSecret.ADMIN_TOKEN)).hasValue(stated);
        assertThat(ledger.record(BridgeSecret.ADMIN_TOKEN, "second-admin-token")).isTrue();
        assertThat(ledger.rotatedAt(BridgeSecret.ADMIN_TOKEN)).hasValueSatisfying(rotatedAt ->
                assertThat(rotatedAt).isAfter(Instant.now().minus(1, ChronoUnit.MINUTES)));
        assertThat(ledger.markRotated(BridgeSecret.TELEGRAM_BOT_TOKEN, stated)).isFalse();
        assertThat(jdbc.queryForObject("SELECT fingerprint FROM secret_metadata WHERE name = 'ADMIN_TOKEN'",
                String.class)).hasSize(32).doesNotContain("admin");
    }
}
