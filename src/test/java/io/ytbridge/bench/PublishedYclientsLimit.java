package io.ytbridge.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * Yclients' published limit as a strict per-IP limiter would apply it, for the benchmarks' fake Yclients: every
 * arrival counts, and one past {@code perSecond} in any second or {@code perMinute} in any minute is refused.
 */
final class PublishedYclientsLimit {

    private final int perSecond;
    private final int perMinute;
    private final List<Long> arrivals = new ArrayList<>();
    private final Deque<Long> lastMinute = new ArrayDeque<>();
    private int beyond;

    PublishedYclientsLimit(int perSecond, int perMinute) {
        this.perSecond = perSecond;
        this.perMinute = perMinute;
    }

    /** Counts an arrival at {@code now} (epoch ms); false when it is beyond the limit. */
    synchronized boolean admit(long now) {
        arrivals.add(now);
        while (!lastMinute.isEmpty() && lastMinute.peekFirst() <= now - 60_000) {
            lastMinute.removeFirst();
        }
        lastMinute.addLast(now);
        long inLastSecond = lastMinute.stream().filter(at -> at > now - 1000).count();
        boolean allowed = inLastSecond <= perSecond && lastMinute.size() <= perMinute;
        if (!allowed) {
            beyond++;
        }
        return allowed;
    }

    synchronized int beyond() {
        return beyond;
    }

    /** Every arrival so far, oldest first. */
    synchronized List<Long> arrivals() {
        List<Long> sorted = new ArrayList<>(arrivals);
        Collections.sort(sorted);
        return sorted;
    }
}
