package io.ytbridge.sandbox;

import java.util.Optional;

/**
 * Trouble a sandbox is told to make, for tests and demos: answer the next {@code count} calls with an error status
 * (429, 5xx), and/or answer every call only after a delay. Each sandbox has its own.
 */
final class SandboxFaults {

    /** One injected failure: the status to answer with and, for 429, the seconds to suggest waiting. */
    record Failure(int status, int retryAfterSeconds) {
    }

    /** What is planned now, as the control endpoints show it. */
    record Plan(int failStatus, int failRemaining, int retryAfterSeconds, long delayMs) {
    }

    /**
     * The control endpoints' body, every field optional: {@code {"failNext": 429, "count": 2, "retryAfter": 3,
     * "delayMs": 800, "reset": true}}. {@code reset} clears everything first.
     */
    record Request(Integer failNext, Integer count, Integer retryAfter, Long delayMs, Boolean reset) {

        void applyTo(SandboxFaults faults) {
            if (Boolean.TRUE.equals(reset)) {
                faults.reset();
            }
            if (delayMs != null) {
                faults.delay(delayMs);
            }
            if (failNext != null) {
                faults.failNext(failNext, count == null ? 1 : count, retryAfter == null ? 0 : retryAfter);
            }
        }
    }

    private int failStatus;
    private int failRemaining;
    private int retryAfterSeconds;
    private long delayMs;

    synchronized void failNext(int status, int count, int retryAfter) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("failNext must be an HTTP error status (400-599)");
        }
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        this.failStatus = status;
        this.failRemaining = count;
        this.retryAfterSeconds = Math.max(retryAfter, 0);
    }

    synchronized void delay(long millis) {
        if (millis < 0 || millis > 120_000) {
            throw new IllegalArgumentException("delayMs must be between 0 and 120000");
        }
        this.delayMs = millis;
    }

    synchronized void reset() {
        failStatus = 0;
        failRemaining = 0;
        retryAfterSeconds = 0;
        delayMs = 0;
    }

    /** The failure for this call, if one is planned; each call takes one. */
    synchronized Optional<Failure> take() {
        if (failRemaining <= 0) {
            return Optional.empty();
        }
        failRemaining--;
        return Optional.of(new Failure(failStatus, retryAfterSeconds));
    }

    synchronized long delayMs() {
        return delayMs;
    }

    synchronized Plan plan() {
        return new Plan(failStatus, failRemaining, retryAfterSeconds, delayMs);
    }
}
