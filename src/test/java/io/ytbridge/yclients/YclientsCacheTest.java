package io.ytbridge.yclients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.ytbridge.yclients.YclientsFakeServer.YCLIENTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Dates and free times are shared briefly across users and dropped as soon as a booking touches them. */
class YclientsCacheTest extends YclientsFunnelTestSupport {

    @Test
    void freeTimesAreSharedAcrossUsersAndCacheHitsNeverReachYclients() {
        YCLIENTS.stubFor(get(urlPathEqualTo("/api/v1/book_times/7/5/2026-10-01"))
                .willReturn(okJson(envelope("[{\"time\": \"12:00\", \"seance_length\": 3600}]"))));

        call("direct:yclients-book-times", times(7, 5, "2026-10-01", "first-user"));
        call("direct:yclients-book-times", times(7, 5, "2026-10-01", "second-user"));

        YCLIENTS.verify(exactly(1), getRequestedFor(urlPathEqualTo("/api/v1/book_times/7/5/2026-10-01")));
    }

    @Test
    void bookingDropsTheCachedTimesOfItsMasterAndDateAndOfAnyMasterButNoOthers() {
        for (String path : List.of("/book_times/7/5/2026-10-02", "/book_times/7/0/2026-10-02",
                "/book_times/7/6/2026-10-02", "/book_times/7/5/2026-10-03", "/book_dates/7")) {
            YCLIENTS.stubFor(get(urlPathEqualTo("/api/v1" + path)).willReturn(okJson(envelope("[]"))));
        }
        YCLIENTS.stubFor(post(urlEqualTo("/api/v1/book_record/7")).willReturn(aResponse().withStatus(201)
                .withBody(envelope("[{\"id\": 1, \"record_id\": 1, \"record_hash\": \"h\"}]"))));
        Runnable askEverything = () -> {
            call("direct:yclients-book-times", times(7, 5, "2026-10-02", "u"));
            call("direct:yclients-book-times", times(7, 0, "2026-10-02", "u"));
            call("direct:yclients-book-times", times(7, 6, "2026-10-02", "u"));
            call("direct:yclients-book-times", times(7, 5, "2026-10-03", "u"));
            call("direct:yclients-book-dates", Map.of("companyId", 7, "staffId", 5, "serviceIds", "331"));
        };
        askEverything.run();

        call("direct:yclients-book-record", Map.of("phone", "+79161234567", "fullname", "Anna",
                "appointments", List.of(Map.of("id", 1, "services", List.of(331), "staff_id", 5,
                        "datetime", "2026-10-02T12:00:00+03:00"))), Map.of("companyId", 7));
        askEverything.run();

        YCLIENTS.verify(exactly(2), getRequestedFor(urlPathEqualTo("/api/v1/book_times/7/5/2026-10-02")));
        YCLIENTS.verify(exactly(2), getRequestedFor(urlPathEqualTo("/api/v1/book_times/7/0/2026-10-02")));
        YCLIENTS.verify(exactly(2), getRequestedFor(urlPathEqualTo("/api/v1/book_dates/7")));
        YCLIENTS.verify(exactly(1), getRequestedFor(urlPathEqualTo("/api/v1/book_times/7/6/2026-10-02")));
        YCLIENTS.verify(exactly(1), getRequestedFor(urlPathEqualTo("/api/v1/book_times/7/5/2026-10-03")));
    }

    @Test
    void evictionRoutesDropSlotsAndCatalogOnRequest() {
        YCLIENTS.stubFor(get(urlPathEqualTo("/api/v1/book_times/8/5/2026-10-04")).willReturn(okJson(envelope("[]"))));
        YCLIENTS.stubFor(get(urlPathEqualTo("/api/v1/book_services/8")).willReturn(okJson(envelope("{}"))));
        call("direct:yclients-book-times", times(8, 5, "2026-10-04", "u"));
        call("direct:yclients-book-services", Map.of("companyId", 8));

        Object body = producer.requestBodyAndHeaders("direct:yclients-evict-slots", "keep me",
                Map.of("companyId", 8, "staffId", 5, "date", "2026-10-04"));
        producer.sendBodyAndHeaders("direct:yclients-evict-catalog", null, Map.of("companyId", 8));
        call("direct:yclients-book-times", times(8, 5, "2026-10-04", "u"));
        call("direct:yclients-book-services", Map.of("companyId", 8));

        assertThat(body).isEqualTo("keep me");
        YCLIENTS.verify(exactly(2), getRequestedFor(urlPathEqualTo("/api/v1/book_times/8/5/2026-10-04")));
        YCLIENTS.verify(exactly(2), getRequestedFor(urlPathEqualTo("/api/v1/book_services/8")));
    }

    @Test
    void failuresAreNotCached() {
        YCLIENTS.stubFor(get(urlPathEqualTo("/api/v1/book_times/9/5/2026-10-05")).willReturn(aResponse().withStatus(404)));

        failure("direct:yclients-book-times", null, times(9, 5, "2026-10-05", "u"));
        failure("direct:yclients-book-times", null, times(9, 5, "2026-10-05", "u"));

        YCLIENTS.verify(exactly(2), getRequestedFor(urlPathEqualTo("/api/v1/book_times/9/5/2026-10-05")));
    }

    private static Map<String, Object> times(int companyId, int staffId, String date, String user) {
        Map<String, Object> headers = new HashMap<>();
        headers.put("companyId", companyId);
        headers.put("staffId", staffId);
        headers.put("date", date);
        headers.put("serviceIds", List.of(331L));
        headers.put("correlationId", user);
        return headers;
    }
}
