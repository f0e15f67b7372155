package io.ytbridge.yclients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.ytbridge.yclients.YclientsFakeServer.YCLIENTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/** book_record is not idempotent: after a timeout the funnel looks before it books again (B2B credentials set). */
class YclientsBookRecordTest extends YclientsFunnelTestSupport {

    private static final Map<String, Object> BOOKING = Map.of("phone", "+79161234567", "fullname", "Anna",
            "email", "anna@example.com", "api_id", 700001,
            "appointments", List.of(Map.of("id", 1, "services", List.of(331), "staff_id", 6544,
                    "datetime", "2026-09-21T11:00:00+03:00")));

    @Test
    void bookingIsSentOnceWithItsMarkerAndAnswersRecordIdAndHash() {
        YCLIENTS.stubFor(post(urlEqualTo("/api/v1/book_record/1")).willReturn(aResponse().withStatus(201)
                .withBody(envelope("[{\"id\": 1, \"record_id\": \"2820023\", \"record_hash\": \"567df655\"}]"))));

        JsonNode created = call("direct:yclients-book-record", Map.of("phone", "+79161234567", "fullname", "Anna",
                "appointments", List.of(Map.of("id", 1, "services", List.of(331), "staff_id", 6544,
                        "datetime", "2026-09-21T11:00:00+03:00"))), Map.of("companyId", 1));

        assertThat(created.path(0).path("record_hash").asText()).isEqualTo("567df655");
        YCLIENTS.verify(exactly(1), postRequestedFor(urlEqualTo("/api/v1/book_record/1"))
                .withRequestBody(matchingJsonPath("$.api_id", matchingJsonPath("$").and(
                        com.github.tomakehurst.wiremock.client.WireMock.matching("[0-9]+"))))
                .withRequestBody(matchingJsonPath("$.appointments[0].staff_id", equalTo("6544"))));
    }

    @Test
    void timedOutBookingThatWasCreatedIsFoundByItsMarkerAndNotSentAgain() {
        YCLIENTS.stubFor(post(urlEqualTo("/api/v1/book_record/1")).willReturn(aResponse().withStatus(201)
                .withBody(envelope("[{\"id\": 1, \"record_id\": 2820023, \"record_hash\": \"567df655\"}]"))
                .withFixedDelay(1500)));
        YCLIENTS.stubFor(get(urlPathEqualTo("/api/v1/records/1")).willReturn(okJson(envelope(
                "[{\"id\": 2820000, \"api_id\": \"\", \"staff_id\": 6544},"
                        + " {\"id\": \"2820023\", \"api_id\": \"700001\", \"staff_id\": 6544}]"))));

        JsonNode created = call("direct:yclients-book-record", BOOKING, Map.of("companyId", 1));

        assertThat(created.path(0).path("record_id").asLong()).isEqualTo(2820023L);
        YCLIENTS.verify(exactly(1), postRequestedFor(urlEqualTo("/api/v1/book_record/1")));
        YCLIENTS.verify(getRequestedFor(urlPathEqualTo("/api/v1/records/1"))
                .withQueryParam("start_date", equalTo("2026-09-20"))
                .withQueryParam("end_date", equalTo("2026-09-22"))
                .withHeader("Authorization", equalTo("Bearer " + PARTNER_TOKEN + ", User " + USER_TOKEN)));
    }

    @Test
    void timedOutBookingThatWasNotCreatedIsSentOnceMore() {
        YCLIENTS.stubFor(post(urlEqualTo("/api/v1/book_record/1")).inScenario("lost").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFixedDelay(1500).withStatus(504)));
        YCLIENTS.stubFor(post(urlEqualTo("/api/v1/book_record/1")).inScenario("lost").whenScenarioStateIs("looked")
                .willReturn(aResponse().withStatus(201)
                        .withBody(envelope("[{\"id\": 1, \"record_id\": 2820024, \"record_hash\": \"34a45dda\"}]"))));
        YCLIENTS.stubFor(get(urlPathEqualTo("/api/v1/records/1")).inScenario("lost").willReturn(okJson(envelope("[]")))
                .willSetStateTo("looked"));

        JsonNode created = call("direct:yclients-book-record", BOOKING, Map.of("companyId", 1));

        assertThat(created.path(0).path("record_hash").asText()).isEqualTo("34a45dda");
        YCLIENTS.verify(exactly(2), postRequestedFor(urlEqualTo("/api/v1/book_record/1"))
                .withRequestBody(matchingJsonPath("$.api_id", equalTo("700001"))));
    }

    @Test
    void bookingThatCannotBeCheckedFailsAsUncertainWithoutSecondRecord() {
        YCLIENTS.stubFor(post(urlEqualTo("/api/v1/book_record/1")).willReturn(aResponse().withStatus(500)));
        YCLIENTS.stubFor(get(urlPathEqualTo("/api/v1/records/1")).willReturn(aResponse().withStatus(503)));

        YclientsException failure = failure("direct:yclients-book-record", BOOKING, Map.of("companyId", 1));

        assertThat(failure.outcome()).isEqualTo(YclientsOutcome.UNAVAILABLE);
        assertThat(failure.uncertain()).isTrue();
        YCLIENTS.verify(exactly(1), postRequestedFor(urlEqualTo("/api/v1/book_record/1")));
    }

    @Test
    void bookingRefusedWithTooManyRequestsIsRetriedBecauseYclientsDidNotActOnIt() {
        YCLIENTS.stubFor(post(urlEqualTo("/api/v1/book_record/1")).inScenario("429").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429)).willSetStateTo("calm"));
        YCLIENTS.stubFor(post(urlEqualTo("/api/v1/book_record/1")).inScenario("429").whenScenarioStateIs("calm")
                .willReturn(aResponse().withStatus(201)
                        .withBody(envelope("[{\"id\": 1, \"record_id\": 2820025, \"record_hash\": \"aa\"}]"))));

        call("direct:yclients-book-record", BOOKING, Map.of("companyId", 1));

        YCLIENTS.verify(exactly(2), postRequestedFor(urlEqualTo("/api/v1/book_record/1")));
        YCLIENTS.verify(exactly(0), getRequestedFor(urlPathEqualTo("/api/v1/records/1")));
    }
}
