package io.ytbridge.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class WebhookProcessingTest {

    private final WebhookProcessing processing = new WebhookProcessing(120, 30);

    @Test
    void theRetryDelayDoublesWithEachAttemptUpToAnHour() {
        OffsetDateTime now = OffsetDateTime.now();

        assertThat(Duration.between(now, processing.retryAt(1)).toSeconds()).isCloseTo(30, within(2L));
        assertThat(Duration.between(now, processing.retryAt(3)).toSeconds()).isCloseTo(120, within(2L));
        assertThat(Duration.between(now, processing.retryAt(30)).toSeconds()).isCloseTo(3600, within(2L));
        assertThat(Duration.between(now, processing.retryAt(null)).toSeconds()).isCloseTo(30, within(2L));
    }

    @Test
    void aFailureIsToldWithoutTheBotTokenAndWithinTheColumn() {
        String summary = processing.failureSummary(new IllegalStateException(
                "HTTP operation failed invoking https://api.telegram.org/bot123456789:AAbbCC-dd_ee/sendMessage with statusCode: 502"));

        assertThat(summary).startsWith("IllegalStateException: ").doesNotContain("AAbbCC").contains("/bot***/sendMessage");
        assertThat(processing.failureSummary(new RuntimeException("x".repeat(5000)))).hasSize(1000);
    }
}
