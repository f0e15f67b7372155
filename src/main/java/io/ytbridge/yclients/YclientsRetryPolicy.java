package io.ytbridge.yclients;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

/**
 * How long to wait before trying a failed Yclients call again: exponential backoff with jitter (half fixed, half
 * random, so that callers who failed together do not come back together), never shorter than what the server
 * asked for in {@code Retry-After} (seconds or an HTTP date).
 */
@Component
public class YclientsRetryPolicy {

    private final YclientsSettings.Retry retry;

    public YclientsRetryPolicy(YclientsSettings settings) {
        this.retry = settings.retry();
    }

    public int maxAttempts() {
        return retry.maxAttempts();
    }

    /** Delay in ms before attempt {@code failedAttempt + 1}. */
    public long delayMs(int failedAttempt, String retryAfter) {
        long exponential = retry.initialBackoffMs() << Math.min(failedAttempt - 1, 20);
        long capped = Math.min(exponential, retry.maxBackoffMs());
        long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        return Math.max(jittered, retryAfterMs(retryAfter));
    }

    static long retryAfterMs(String retryAfter) {
        if (retryAfter == null || retryAfter.isBlank()) {
            return 0;
        }
        String value = retryAfter.trim();
        if (value.matches("\\d{1,9}")) {
            return Long.parseLong(value) * 1000;
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            return Math.max(0, Duration.between(ZonedDateTime.now(at.getZone()), at).toMillis());
        } catch (DateTimeParseException unreadable) {
            return 0;
        }
    }
}
