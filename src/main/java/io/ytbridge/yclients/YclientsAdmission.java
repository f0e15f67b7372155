package io.ytbridge.yclients;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

import org.apache.camel.Exchange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The bounded queue in front of the funnel's two Throttle EIPs. Camel's throttle blocks a caller for as long as it
 * takes and has no timeout, so this bean predicts each caller's wait first and refuses with {@link
 * YclientsOutcome#BUSY} when it would exceed {@code bridge.yclients.rate-limit.max-wait-ms} (a call may ask for a
 * shorter bound with header {@code yclientsMaxWaitMs}).
 * <p>
 * The prediction replays the throttles exactly as they behave for callers served in arrival order: a caller takes a
 * per-minute permit as soon as one is free, then a per-second permit, and each permit comes back one window after
 * it was taken (Camel's {@code TotalRequestsThrottler} keeps its permits in a {@code DelayQueue} and re-queues a
 * permit with the window as delay when it hands it out). Only admitted callers are recorded; the throttles, not
 * this bean, keep the limits.
 */
@Component("yclientsAdmission")
public class YclientsAdmission {

    public static final String MAX_WAIT_HEADER = "yclientsMaxWaitMs";

    private final int perMinute;
    private final int perSecond;
    private final long minuteWindowMs;
    private final long secondWindowMs;
    private final long maxWaitMs;
    private final LongSupplier clock;

    private final Deque<Long> minutePermitsTaken = new ArrayDeque<>();
    private final Deque<Long> secondPermitsTaken = new ArrayDeque<>();

    @Autowired
    public YclientsAdmission(YclientsSettings settings) {
        this(settings.rateLimit(), System::currentTimeMillis);
    }

    YclientsAdmission(YclientsSettings.RateLimit limits, LongSupplier clock) {
        this.perMinute = limits.perMinute();
        this.perSecond = limits.perSecond();
        this.minuteWindowMs = limits.minuteWindowMs();
        this.secondWindowMs = limits.secondWindowMs();
        this.maxWaitMs = limits.maxWaitMs();
        this.clock = clock;
    }

    /** Admits the call (recording its expected turn) or throws BUSY. */
    public void admit(Exchange exchange) {
        Long requestedBound = exchange.getMessage().getHeader(MAX_WAIT_HEADER, Long.class);
        long bound = requestedBound == null ? maxWaitMs : Math.min(requestedBound, maxWaitMs);
        long wait = admit(bound);
        if (wait < 0) {
            throw new YclientsException(YclientsOutcome.BUSY, null, null, "Yclients is busy: the rate limit ("
                    + perSecond + "/s, " + perMinute + "/min) would keep this call waiting longer than " + bound
                    + " ms. Try again shortly.");
        }
    }

    /** The predicted wait in ms, or -1 (and nothing recorded) when it would exceed {@code bound}. */
    synchronized long admit(long bound) {
        long now = clock.getAsLong();
        long minuteTurn = turn(now, minutePermitsTaken, perMinute, minuteWindowMs);
        long secondTurn = turn(minuteTurn, secondPermitsTaken, perSecond, secondWindowMs);
        long wait = secondTurn - now;
        if (wait > bound) {
            return -1;
        }
        record(minutePermitsTaken, minuteTurn, perMinute);
        record(secondPermitsTaken, secondTurn, perSecond);
        return wait;
    }

    /** When a permit of this throttle is next free for someone arriving at {@code arrival}. */
    private static long turn(long arrival, Deque<Long> taken, int permits, long windowMs) {
        long turn = arrival;
        if (!taken.isEmpty()) {
            turn = Math.max(turn, taken.peekLast());
        }
        if (taken.size() == permits) {
            turn = Math.max(turn, taken.peekFirst() + windowMs);
        }
        return turn;
    }

    private static void record(Deque<Long> taken, long at, int permits) {
        if (taken.size() == permits) {
            taken.removeFirst();
        }
        taken.addLast(at);
    }
}
