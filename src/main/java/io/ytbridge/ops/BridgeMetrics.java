package io.ytbridge.ops;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * What the bot does, as Prometheus metrics under {@code /actuator/prometheus} (beside Camel's route metrics).
 * Routes call it where the thing happens, from Java or YAML:
 * {@code - bean: {ref: bridgeMetrics, method: "yclientsCall(${header.auditOperation}, ${header.auditOutcome})"}}
 * or {@code ${bean:bridgeMetrics.bookingCreated()}}. Tag values come from small fixed sets (operations, outcomes,
 * origins), never from user input.
 */
@Component("bridgeMetrics")
public class BridgeMetrics {

    private static final String UNKNOWN = "unknown";

    private final MeterRegistry registry;
    private final Counter bookingsCreated;
    private final Timer throttleWait;
    private final AtomicLong reconciliationLagMillis = new AtomicLong();

    public BridgeMetrics(MeterRegistry registry) {
        this.registry = registry;
        // Not "bridge.bookings.created": Prometheus reserves the _created suffix and would drop it.
        this.bookingsCreated = Counter.builder("bridge.bookings")
                .description("Bookings made through the bot").register(registry);
        this.throttleWait = Timer.builder("bridge.throttle.wait")
                .description("Time Yclients calls waited in the rate-limit throttle").register(registry);
        Gauge.builder("bridge.reconciliation.lag", reconciliationLagMillis, lag -> lag.get() / 1000.0)
                .baseUnit("seconds")
                .description("How far behind Yclients the last reconciliation run was").register(registry);
    }

    /** bridge_bookings_total: bookings made through the bot. */
    public void bookingCreated() {
        bookingsCreated.increment();
    }

    /** bridge_bookings_cancelled_total{origin}: dialog (the client in the bot), webhook, reconcile. */
    public void bookingCancelled(String origin) {
        count("bridge.bookings.cancelled", "Bookings made through the bot and then cancelled", "origin", origin);
    }

    /** bridge_webhook_deliveries_total{outcome}: e.g. accepted, duplicate, unauthorized, invalid, unavailable. */
    public void webhookDelivery(String outcome) {
        count("bridge.webhook.deliveries", "Yclients webhook deliveries received", "outcome", outcome);
    }

    /** bridge_yclients_calls_total{operation,outcome}: outcome ok or a YclientsOutcome such as RATE_LIMITED. */
    public void yclientsCall(String operation, String outcome) {
        Counter.builder("bridge.yclients.calls").description("Calls to the Yclients API")
                .tag("operation", orUnknown(operation)).tag("outcome", orUnknown(outcome))
                .register(registry).increment();
    }

    /** bridge_throttle_wait_seconds (count, sum, max). */
    public void throttleWait(Duration waited) {
        throttleWait.record(waited);
    }

    /** {@link #throttleWait(Duration)} for YAML, where a number of milliseconds is at hand. */
    public void throttleWaitMillis(long waitedMillis) {
        throttleWait(Duration.ofMillis(waitedMillis));
    }

    /** bridge_telegram_updates_total{kind}: message, contact, callback_query, command, other. */
    public void telegramUpdate(String kind) {
        count("bridge.telegram.updates", "Telegram updates handled", "kind", kind);
    }

    /** bridge_reconciliation_lag_seconds: how old the newest change the last reconciliation caught up with was. */
    public void reconciliationLag(Duration lag) {
        reconciliationLagMillis.set(lag.toMillis());
    }

    /** {@link #reconciliationLag(Duration)} for YAML, in milliseconds. */
    public void reconciliationLagMillis(long lagMillis) {
        reconciliationLag(Duration.ofMillis(lagMillis));
    }

    private void count(String name, String description, String tag, String value) {
        Counter.builder(name).description(description).tag(tag, orUnknown(value)).register(registry).increment();
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value;
    }
}
