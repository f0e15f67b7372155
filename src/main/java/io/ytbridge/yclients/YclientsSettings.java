package io.ytbridge.yclients;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The funnel's settings under {@code bridge.yclients.*}; application.yaml names the environment variables. */
@Validated
@ConfigurationProperties("bridge.yclients")
public record YclientsSettings(String partnerToken, String login, String password, @Valid RateLimit rateLimit,
        @Valid Http http, @Valid Retry retry, @Valid Cache cache) {

    public YclientsSettings {
        rateLimit = rateLimit == null ? new RateLimit(5, 200, 1000, 60000, 10000) : rateLimit;
        http = http == null ? new Http(3000, 10000) : http;
        retry = retry == null ? new Retry(3, 500, 8000) : retry;
        cache = cache == null ? new Cache(600, 30) : cache;
    }

    public boolean sandbox() {
        return partnerToken == null || partnerToken.isBlank();
    }

    public boolean b2bConfigured() {
        return login != null && !login.isBlank() && password != null && !password.isBlank();
    }

    /** Both limits hold in any sliding window of their length; see {@link YclientsRateFence}. */
    public record RateLimit(@Positive int perSecond, @Positive int perMinute, @Positive long secondWindowMs,
            @Positive long minuteWindowMs, @Min(0) long maxWaitMs) {
    }

    public record Http(@Positive int connectTimeoutMs, @Positive int readTimeoutMs) {
    }

    public record Retry(@Min(1) @Max(10) int maxAttempts, @Positive long initialBackoffMs, @Positive long maxBackoffMs) {
    }

    public record Cache(@Positive long catalogTtlSeconds, @Positive long slotsTtlSeconds) {
    }
}
