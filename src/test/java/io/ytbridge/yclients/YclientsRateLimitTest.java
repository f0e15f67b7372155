package io.ytbridge.yclients;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.ytbridge.yclients.YclientsFakeServer.YCLIENTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/**
 * The limits hold under concurrency, seen from the fake Yclients' side: 300 callers at once, limits of 20 a second
 * and 60 in 3 seconds (the test's "minute"), every call succeeds and no window of the request journal holds more.
 */
class YclientsRateLimitTest extends YclientsFunnelTestSupport {

    private static final int CALLERS = 300;

    @Test
    void threeHundredConcurrentCallsAllSucceedAndNoSlidingWindowExceedsEitherLimit() throws Exception {
        YCLIENTS.stubFor(get(urlPathMatching("/api/v1/rate_probe/.*")).willReturn(okJson(envelope("{\"ok\": true}"))));
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<JsonNode>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < CALLERS; i++) {
                Map<String, Object> headers = Map.of("yclientsOperation", "rate_probe", "yclientsMethod", "GET",
                        "yclientsPath", "/rate_probe/" + i, "correlationId", "rate-" + i);
                answers.add(callers.submit(() -> {
                    start.await();
                    return call("direct:yclients-call", headers);
                }));
            }
            start.countDown();
            for (Future<JsonNode> answer : answers) {
                assertThat(answer.get(2, TimeUnit.MINUTES).path("ok").asBoolean()).isTrue();
            }
        } finally {
            callers.shutdownNow();
        }

        List<Long> arrivals = YclientsFakeServer.received("/rate_probe/").stream()
                .map(event -> event.getRequest().getLoggedDate().getTime()).toList();
        assertThat(arrivals).as("every call reached Yclients (a read timeout may add a retry)").hasSizeGreaterThanOrEqualTo(CALLERS);
        assertThat(SlidingWindow.busiest(arrivals, 1000)).as("requests in any 1 s").isLessThanOrEqualTo(20);
        assertThat(SlidingWindow.busiest(arrivals, 3000)).as("requests in any 3 s").isLessThanOrEqualTo(60);
        long spanMs = arrivals.get(arrivals.size() - 1) - arrivals.get(0);
        assertThat(spanMs).as("the limit is used, not starved: 300 calls at 60 per ~3 s").isLessThan(20_000);
    }
}
