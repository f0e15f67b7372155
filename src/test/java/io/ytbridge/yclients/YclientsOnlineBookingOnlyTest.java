package io.ytbridge.yclients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.ytbridge.yclients.YclientsFakeServer.YCLIENTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A salon that gave only a partner token: no user token, so no records list. After a book_record timeout the
 * funnel asks book_check whether the slot is still free: free means the record was not created and it books again;
 * taken may be our own record, so it fails as uncertain instead of guessing.
 */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:yclients-online-only;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "bridge.yclients.partner-token=partner-token-online-only",
        "bridge.yclients.company-id=1",
        "bridge.yclients.login=",
        "bridge.yclients.password=",
        "bridge.yclients.http.read-timeout-ms=1000",
        "bridge.yclients.retry.initial-backoff-ms=20"
})
class YclientsOnlineBookingOnlyTest {

    private static final Map<String, Object> BOOKING = Map.of("phone", "+79161234567", "fullname", "Anna",
            "api_id", 800001, "appointments", List.of(Map.of("id", 1, "services", List.of(331), "staff_id", 6544,
                    "datetime", "2026-09-21T11:00:00+03:00")));

    @Autowired
    ProducerTemplate producer;

    @DynamicPropertySource
    static void pointAtFakeYclients(DynamicPropertyRegistry registry) {
        registry.add("bridge.yclients.base-url", YclientsFakeServer::baseUrl);
    }

    @BeforeEach
    void resetFakeYclients() {
        YCLIENTS.resetAll();
    }

    @Test
    void companyDataWithoutLoginFailsAsUnauthorizedWithoutAnyCall() {
        YclientsException failure = failure("direct:yclients-records-list", null, Map.of("companyId", 1));

        assertThat(failure.outcome()).isEqualTo(YclientsOutcome.UNAUTHORIZED);
        assertThat(failure.getMessage()).contains("YCLIENTS_LOGIN");
        assertThat(YCLIENTS.getAllServeEvents()).isEmpty();
    }

    @Test
    void timedOutBookingWhoseSlotIsStillFreeIsBookedAgain() {
        YCLIENTS.stubFor(post(urlEqualTo("/api/v1/book_record/1")).inScenario("lost").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(504).withFixedDelay(1500)));
        YCLIENTS.stubFor(post(urlEqualTo("/api/v1/book_record/1")).inScenario("lost").whenScenarioStateIs("checked")
                .willReturn(aResponse().withStatus(201).withBody("{\"success\": true, \"data\": "
                        + "[{\"id\": 1, \"record_id\": 31, \"record_hash\": \"f00d\"}], \"meta\": []}")));
        YCLIENTS.stubFor(post(urlEqualTo("/api/v1/book_check/1")).inScenario("lost").willReturn(aResponse()
                .withStatus(201).withBody("{\"success\": true, \"meta\": {\"message\": \"Created\"}}"))
                .willSetStateTo("checked"));

        JsonNode created = producer.requestBodyAndHeaders("direct:yclients-book-record", BOOKING,
                Map.of("companyId", 1), JsonNode.class);

        assertThat(created.path(0).path("record_hash").asText()).isEqualTo("f00d");
        YCLIENTS.verify(moreThanOrExactly(1), postRequestedFor(urlEqualTo("/api/v1/book_check/1"))
                .withRequestBody(matchingJsonPath("$.appointments[0].staff_id")));
        YCLIENTS.verify(exactly(2), postRequestedFor(urlEqualTo("/api/v1/book_record/1")));
    }

    @Test
    void timedOutBookingWhoseSlotIsTakenIsNotBookedAgain() {
        YCLIENTS.stubFor(post(urlEqualTo("/api/v1/book_record/1")).willReturn(aResponse().withStatus(201)
                .withFixedDelay(1500)));
        YCLIENTS.stubFor(post(urlEqualTo("/api/v1/book_check/1")).willReturn(aResponse().withStatus(422)
                .withBody("{\"success\": false, \"meta\": {\"errors\": [{\"code\": 433, \"message\": \"taken\"}]}}")));

        YclientsException failure = failure("direct:yclients-book-record", BOOKING, Map.of("companyId", 1));

        assertThat(failure.outcome()).isEqualTo(YclientsOutcome.UNAVAILABLE);
        assertThat(failure.uncertain()).isTrue();
        YCLIENTS.verify(exactly(1), postRequestedFor(urlEqualTo("/api/v1/book_record/1")));
    }

    private YclientsException failure(String route, Object body, Map<String, Object> headers) {
        try {
            producer.requestBodyAndHeaders(route, body, headers);
        } catch (CamelExecutionException failed) {
            if (failed.getCause() instanceof YclientsException yclients) {
                return yclients;
            }
            throw failed;
        }
        throw new AssertionError(route + " was expected to fail");
    }
}
