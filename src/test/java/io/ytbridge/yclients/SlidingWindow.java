package io.ytbridge.yclients;

import java.util.List;

/** The most requests seen inside any window of a given length, over a list of arrival times. */
public final class SlidingWindow {

    private SlidingWindow() {
    }

    /** @param sortedMillis arrival times in ms, oldest first */
    public static int busiest(List<Long> sortedMillis, long windowMs) {
        int busiest = 0;
        int first = 0;
        for (int last = 0; last < sortedMillis.size(); last++) {
            while (sortedMillis.get(last) - sortedMillis.get(first) >= windowMs) {
                first++;
            }
            busiest = Math.max(busiest, last - first + 1);
        }
        return busiest;
    }
}
