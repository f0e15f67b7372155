package io.ytbridge.yclients;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * Keeps Yclients' limits where Yclients counts them: at the moment a request arrives there. Camel's Throttle EIP
 * (TotalRequests mode) counts the moment a caller leaves the throttle; a request can reach Yclients later than
 * that by a varying amount (new connections, TLS, a busy pool), so two bursts one window apart can arrive closer
 * than a window. The fence therefore counts each call from when it is let through until it has completed, and for
 * a window afterwards: a call may start only while fewer than the limit's count of calls are in flight or
 * completed within the last window, for both windows. Arrival lies between start and completion, so no window
 * at Yclients' side ever holds more, whatever the latency.
 * <p>
 * It is also the bounded queue: a caller waits at most {@code bridge.yclients.rate-limit.max-wait-ms} (or less,
 * header {@code yclientsMaxWaitMs}) and is refused with {@link YclientsOutcome#BUSY} when its turn would come
 * later. Bean {@code yclientsRateFence}; {@link #release} is called in the route's doFinally.
 */
@Component("yclientsRateFence")
public class YclientsRateFence {

    public static final String MAX_WAIT_HEADER = "yclientsMaxWaitMs";
    static final String HELD = "yclientsRateFenceHeld";

    private final Window perSecond;
    private final Window perMinute;
    private final long maxWaitMs;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Condition changed = lock.newCondition();
    private int inFlight;

    public YclientsRateFence(YclientsSettings settings) {
        YclientsSettings.RateLimit limits = settings.rateLimit();
        this.perSecond = new Window(limits.perSecond(), limits.secondWindowMs());
        this.perMinute = new Window(limits.perMinute(), limits.minuteWindowMs());
        this.maxWaitMs = limits.maxWaitMs();
    }

    /** Waits for the caller's turn, or throws BUSY when it would wait longer than the bound. */
    public void acquire(Exchange exchange) throws InterruptedException {
        Long requested = exchange.getMessage().getHeader(MAX_WAIT_HEADER, Long.class);
        long bound = requested == null ? maxWaitMs : Math.max(0, Math.min(requested, maxWaitMs));
        if (!acquire(bound)) {
            throw new YclientsException(YclientsOutcome.BUSY, null, null, "Yclients is busy: the rate limit ("
                    + perSecond.limit + " per " + perSecond.windowMs + " ms, " + perMinute.limit + " per "
                    + perMinute.windowMs + " ms) would keep this call waiting longer than " + bound
                    + " ms. Try again shortly.");
        }
        exchange.setProperty(HELD, true);
    }

    /** The call has completed (or failed): from now on it counts only as a recent call in both windows. */
    public void release(Exchange exchange) {
        if (exchange.getProperty(HELD, false, Boolean.class)) {
            exchange.removeProperty(HELD);
            release();
        }
    }

    boolean acquire(long boundMs) throws InterruptedException {
        lock.lock();
        try {
            long deadline = System.currentTimeMillis() + boundMs;
            while (true) {
                long now = System.currentTimeMillis();
                long turn = Math.max(perSecond.freeAt(now, inFlight), perMinute.freeAt(now, inFlight));
                if (turn <= now) {
                    inFlight++;
                    return true;
                }
                boolean knownTooLate = turn != Long.MAX_VALUE && turn > deadline;
                if (knownTooLate || now >= deadline) {
                    return false;
                }
                changed.await(Math.min(turn, deadline) - now, TimeUnit.MILLISECONDS);
            }
        } finally {
            lock.unlock();
        }
    }

    void release() {
        lock.lock();
        try {
            long now = System.currentTimeMillis();
            inFlight--;
            perSecond.completed(now);
            perMinute.completed(now);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** One limit: at most {@code limit} calls in flight or completed within the last {@code windowMs}. */
    private static final class Window {

        private final int limit;
        private final long windowMs;
        private final Deque<Long> completions = new ArrayDeque<>();

        Window(int limit, long windowMs) {
            this.limit = limit;
            this.windowMs = windowMs;
        }

        /** When a call may start; {@code Long.MAX_VALUE} when only calls still in flight hold the window. */
        long freeAt(long now, int inFlight) {
            while (!completions.isEmpty() && completions.peekFirst() + windowMs <= now) {
                completions.removeFirst();
            }
            if (completions.size() + inFlight < limit) {
                return now;
            }
            return completions.isEmpty() ? Long.MAX_VALUE : completions.peekFirst() + windowMs;
        }

        void completed(long now) {
            completions.addLast(now);
        }
    }
}
