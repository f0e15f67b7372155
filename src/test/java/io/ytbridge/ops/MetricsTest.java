package io.ytbridge.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** After a booking's events, /actuator/prometheus shows our counters and Camel's route metrics moved. */
class MetricsTest extends OpsApplicationTest {

    @Autowired
    CamelContext camel;

    @Autowired
    ProducerTemplate producer;

    @Test
    void bridgeMetricsAndCamelRouteMetricsMoveAfterABooking() throws Exception {
        BookingFixtures fixtures = new BookingFixtures(jdbc);
        fixtures.user(9_280_001L, "+79057778899");
        long booking = fixtures.booking(9_280_001L, OffsetDateTime.parse("2026-07-01T09:00:00Z"), "Маникюр", "Ольга",
                "booked");
        String before = scrape();

        // What the dialog, the funnel, the webhook receiver and reconciliation do, as YAML routes would call it.
        simple("${bean:bridgeMetrics.telegramUpdate('contact')}");
        simple("${bean:bridgeMetrics.yclientsCall('book_record', 'ok')}");
        simple("${bean:bridgeMetrics.throttleWaitMillis(250)}");
        simple("${bean:bridgeMetrics.bookingCreated()}");
        producer.sendBodyAndHeaders("direct:salon-notify", null, Map.of("bookingId", booking, "bookingEvent", "created"));
        producer.sendBodyAndHeader("direct:analytics-booking-event", null, "bookingId", booking);
        simple("${bean:bridgeMetrics.webhookDelivery('accepted')}");
        simple("${bean:bridgeMetrics.bookingCancelled('webhook')}");
        simple("${bean:bridgeMetrics.reconciliationLagMillis(42000)}");
        String after = scrape();

        assertThat(value(after, "bridge_bookings_total")).isEqualTo(value(before, "bridge_bookings_total") + 1);
        assertThat(value(after, "bridge_bookings_cancelled_total", "origin=\"webhook\""))
                .isEqualTo(value(before, "bridge_bookings_cancelled_total", "origin=\"webhook\"") + 1);
        assertThat(value(after, "bridge_yclients_calls_total", "operation=\"book_record\"", "outcome=\"ok\""))
                .isEqualTo(value(before, "bridge_yclients_calls_total", "operation=\"book_record\"", "outcome=\"ok\"") + 1);
        assertThat(value(after, "bridge_webhook_deliveries_total", "outcome=\"accepted\"")).isPositive();
        assertThat(value(after, "bridge_telegram_updates_total", "kind=\"contact\"")).isPositive();
        assertThat(value(after, "bridge_throttle_wait_seconds_count"))
                .isEqualTo(value(before, "bridge_throttle_wait_seconds_count") + 1);
        assertThat(value(after, "bridge_reconciliation_lag_seconds")).isEqualTo(42.0);
        for (String route : new String[] {"salon-notify", "analytics-booking-event"}) {
            assertThat(value(after, "camel_exchanges_total", "routeId=\"" + route + "\""))
                    .as(route).isEqualTo(value(before, "camel_exchanges_total", "routeId=\"" + route + "\"") + 1);
        }
    }

    private void simple(String expression) {
        Exchange exchange = new DefaultExchange(camel);
        camel.resolveLanguage("simple").createExpression(expression).evaluate(exchange, Object.class);
        assertThat(exchange.getException()).isNull();
    }

    private String scrape() throws Exception {
        var response = get("/actuator/prometheus", null);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The sample of {@code metric} whose labels include all of {@code labels}; 0 when there is none yet. */
    private static double value(String scrape, String metric, String... labels) {
        return Arrays.stream(scrape.split("\n"))
                .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }
}
