package io.ytbridge.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AnalyticsJsonlSinkTest extends OpsApplicationTest {

    @Autowired
    ProducerTemplate producer;

    @Test
    void eachStatusChangeAppendsOneLineWithTheBookingAsTheExportShowsIt() throws Exception {
        Path file = Path.of(ANALYTICS_FILE);
        Files.deleteIfExists(file);
        BookingFixtures fixtures = new BookingFixtures(jdbc);
        fixtures.user(9_260_001L, "+79031112233");
        OffsetDateTime created = OffsetDateTime.parse("2026-02-01T12:00:00+03:00");
        long booking = fixtures.booking(9_260_001L, created, "Окрашивание", "Ирина", "booked");
        fixtures.history(booking, "booked", "dialog", created);

        producer.sendBodyAndHeader("direct:analytics-booking-event", null, "bookingId", booking);
        jdbc.update("UPDATE booking SET status = 'cancelled' WHERE id = ?", booking);
        fixtures.history(booking, "cancelled", "dialog", created.plusHours(1));
        producer.sendBodyAndHeader("direct:analytics-booking-event", null, "bookingId", booking);
        producer.sendBodyAndHeader("direct:analytics-booking-event", null, "bookingId", -1L);
        producer.sendBody("direct:analytics-booking-event", null);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        JsonNode second = json.readTree(lines.get(1));
        assertThat(first.get("event").asText()).isEqualTo("booking_status");
        assertThat(first.get("recorded_at").asText()).isNotBlank();
        assertThat(first.get("booking_id").asLong()).isEqualTo(booking);
        assertThat(first.get("status").asText()).isEqualTo("booked");
        assertThat(second.get("status").asText()).isEqualTo("cancelled");
        assertThat(second.get("status_history").findValuesAsText("status")).containsExactly("booked", "cancelled");
        assertThat(second.get("client_phone").asText()).isEqualTo("+7******2233");
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain("79031112233"));
    }
}
