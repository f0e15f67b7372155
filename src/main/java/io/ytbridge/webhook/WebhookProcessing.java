package io.ytbridge.webhook;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The times the event routes bind into their SQL: now, how long a worker owns an event it took, and when a failed
 * event is tried again (the retry delay doubling with each attempt, at most an hour); and a failure told safely.
 */
@Component("webhookProcessing")
public class WebhookProcessing {

    private static final Duration LONGEST_RETRY_DELAY = Duration.ofHours(1);
    private static final int LAST_ERROR_LENGTH = 1000;
    /** Bot API URLs carry the bot token ({@code /bot123:ABC/sendMessage}); HTTP errors quote their URL. */
    private static final Pattern BOT_TOKEN = Pattern.compile("bot\\d+:[A-Za-z0-9_-]+");

    private final Duration lease;
    private final Duration firstRetryDelay;

    public WebhookProcessing(@Value("${bridge.webhook.processing.lease-seconds:120}") long leaseSeconds,
                             @Value("${bridge.webhook.processing.retry-delay-seconds:30}") long retryDelaySeconds) {
        this.lease = Duration.ofSeconds(leaseSeconds);
        this.firstRetryDelay = Duration.ofSeconds(retryDelaySeconds);
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    public OffsetDateTime leaseUntil() {
        return now().plus(lease);
    }

    /** After the n-th attempt failed (n counts from 1). */
    public OffsetDateTime retryAt(@Header("eventAttempts") Integer attempts) {
        int failures = attempts == null || attempts < 1 ? 1 : attempts;
        Duration delay = firstRetryDelay.multipliedBy(1L << Math.min(failures - 1, 20));
        return now().plus(delay.compareTo(LONGEST_RETRY_DELAY) > 0 ? LONGEST_RETRY_DELAY : delay);
    }

    /** Why processing failed, fit for a log line and {@code webhook_event.last_error}: no token, bounded length. */
    public String failureSummary(@ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception failure) {
        if (failure == null) {
            return "unknown failure";
        }
        String message = failure.getMessage() == null ? ""
                : ": " + BOT_TOKEN.matcher(failure.getMessage()).replaceAll("bot***");
        String summary = failure.getClass().getSimpleName() + message;
        return summary.length() > LAST_ERROR_LENGTH ? summary.substring(0, LAST_ERROR_LENGTH) : summary;
    }
}
