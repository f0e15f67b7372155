package io.ytbridge.yclients;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.ytbridge.yclients.YclientsFakeServer.YCLIENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import org.apache.camel.CamelExecutionException;
import org.junit.jupiter.api.Test;

class YclientsFunnelTest extends YclientsFunnelTestSupport {

    @Test
    void partnerCallCarriesYclientsHeadersAndNothingOfTheCaller() {
        YCLIENTS.stubFor(get(urlPathEqualTo("/api/v1/book_services/1"))
                .willReturn(okJson(envelope("{\"services\": [{\"id\": \"16\", \"title\": \"Cut\"}], \"category\": []}"))));

        JsonNode data = call("direct:yclients-book-services", Map.of("companyId", 1, "serviceIds", List.of(3L, 4L),
                "phone", "+79161234567", "correlationId", "update-1"));

        assertThat(data.path("services").path(0).path("title").asText()).isEqualTo("Cut");
        YCLIENTS.verify(getRequestedFor(urlEqualTo("/api/v1/book_services/1?service_ids%5B%5D=3&service_ids%5B%5D=4"))
                .withHeader("Accept", equalTo("application/vnd.yclients.v2+json"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Authorization", equalTo("Bearer " + PARTNER_TOKEN))
                .withHeader("phone", absent())
                .withHeader("correlationId", absent())
                .withHeader("yclientsOperation", absent()));
    }

    @Test
    void companyCallCarriesPartnerAndUserTokenObtainedWithLoginAndPassword() {
        credentials.forgetUserToken(credentials.userTokenGeneration());
        YCLIENTS.stubFor(get(urlPathEqualTo("/api/v1/records/1")).willReturn(okJson(envelope("[]"))));

        call("direct:yclients-records-list", Map.of("companyId", 1, "changedAfter", "2026-05-01T00:00:00"));

        YCLIENTS.verify(exactly(1), postRequestedFor(urlEqualTo("/api/v1/auth"))
                .withHeader("Authorization", equalTo("Bearer " + PARTNER_TOKEN))
                .withRequestBody(equalToJson("{\"login\": \"" + LOGIN + "\", \"password\": \"" + PASSWORD + "\"}")));
        YCLIENTS.verify(getRequestedFor(urlPathEqualTo("/api/v1/records/1"))
                .withQueryParam("changed_after", equalTo("2026-05-01T00:00:00"))
                .withHeader("Authorization", equalTo("Bearer " + PARTNER_TOKEN + ", User " + USER_TOKEN)));
    }

    @Test
    void userTokenIsReadFromTheWrappedAuthAnswerToo() {
        credentials.forgetUserToken(credentials.userTokenGeneration());
        YCLIENTS.stubFor(post(urlEqualTo("/api/v1/auth")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(envelope("{\"id\": 5, \"user_token\": \"wrapped-token\"}"))));
        YCLIENTS.stubFor(get(urlPathEqualTo("/api/v1/record/1/77")).willReturn(okJson(envelope("{\"id\": 77}"))));

        call("direct:yclients-record-get", Map.of("companyId", 1, "recordId", 77));

        YCLIENTS.verify(getRequestedFor(urlPathEqualTo("/api/v1/record/1/77"))
                .withHeader("Authorization", equalTo("Bearer " + PARTNER_TOKEN + ", User wrapped-token")));
    }

    @Test
    void refusedUserTokenIsRenewedOnceThenTheCallSucceeds() {
        credentials.forgetUserToken(credentials.userTokenGeneration());
        YCLIENTS.stubFor(post(urlEqualTo("/api/v1/auth")).inScenario("password changed").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(201).withBody("{\"user_token\": \"stale-token\"}"))
                .willSetStateTo("renewed"));
        YCLIENTS.stubFor(post(urlEqualTo("/api/v1/auth")).inScenario("password changed").whenScenarioStateIs("renewed")
                .willReturn(aResponse().withStatus(201).withBody("{\"user_token\": \"fresh-token\"}")));
        YCLIENTS.stubFor(get(urlPathEqualTo("/api/v1/record/1/5"))
                .withHeader("Authorization", equalTo("Bearer " + PARTNER_TOKEN + ", User stale-token"))
                .willReturn(aResponse().withStatus(401).withBody("{\"success\": false, \"data\": null, "
                        + "\"meta\": {\"message\": \"Authentication needed.\"}}")));
        YCLIENTS.stubFor(get(urlPathEqualTo("/api/v1/record/1/5"))
                .withHeader("Authorization", equalTo("Bearer " + PARTNER_TOKEN + ", User fresh-token"))
                .willReturn(okJson(envelope("{\"id\": 5}"))));

        JsonNode record = call("direct:yclients-record-get", Map.of("companyId", 1, "recordId", 5));

        assertThat(record.path("id").asInt()).isEqualTo(5);
        YCLIENTS.verify(exactly(2), postRequestedFor(urlEqualTo("/api/v1/auth")));
        YCLIENTS.verify(exactly(2), getRequestedFor(urlPathEqualTo("/api/v1/record/1/5")));
    }

    @Test
    void userTokenRefusedAgainAfterRenewalIsAClearUnauthorizedFailure() {
        credentials.forgetUserToken(credentials.userTokenGeneration());
        YCLIENTS.stubFor(get(urlPathEqualTo("/api/v1/record/1/6")).willReturn(aResponse().withStatus(401)
                .withBody("{\"errors\": {\"code\": 401, \"message\": \"Unauthorized\"}, \"meta\": {}}")));

        YclientsException failure = failure("direct:yclients-record-get", null, Map.of("companyId", 1, "recordId", 6));

        assertThat(failure.outcome()).isEqualTo(YclientsOutcome.UNAUTHORIZED);
        assertThat(failure.httpStatus()).isEqualTo(401);
        YCLIENTS.verify(exactly(2), postRequestedFor(urlEqualTo("/api/v1/auth")));
        YCLIENTS.verify(exactly(2), getRequestedFor(urlPathEqualTo("/api/v1/record/1/6")));
    }

    @Test
    void tooManyRequestsIsRetriedAfterRetryAfter() {
        YCLIENTS.stubFor(get(urlPathEqualTo("/api/v1/record/1/8")).inScenario("429").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("calm"));
        YCLIENTS.stubFor(get(urlPathEqualTo("/api/v1/record/1/8")).inScenario("429").whenScenarioStateIs("calm")
                .willReturn(okJson(envelope("{\"id\": 8}"))));

        JsonNode record = call("direct:yclients-record-get", Map.of("companyId", 1, "recordId", 8));

        assertThat(record.path("id").asInt()).isEqualTo(8);
        List<ServeEvent> calls = YclientsFakeServer.received("/record/1/8");
        assertThat(calls).hasSize(2);
        long gapMs = calls.get(1).getRequest().getLoggedDate().getTime() - calls.get(0).getRequest().getLoggedDate()
                .getTime();
        assertThat(gapMs).as("waited for Retry-After: 1").isGreaterThanOrEqualTo(1000);
    }

    @Test
    void serverErrorsAreRetriedWithBackoffThenSucceed() {
        YCLIENTS.stubFor(get(urlPathEqualTo("/api/v1/book_record/1/9/abc")).inScenario("5xx").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(502).withBody("<html>Bad gateway</html>")).willSetStateTo("second"));
        YCLIENTS.stubFor(get(urlPathEqualTo("/api/v1/book_record/1/9/abc")).inScenario("5xx").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("third"));
        YCLIENTS.stubFor(get(urlPathEqualTo("/api/v1/book_record/1/9/abc")).inScenario("5xx").whenScenarioStateIs("third")
                .willReturn(okJson(envelope("{\"id\": 9}"))));

        JsonNode record = call("direct:yclients-book-record-get", Map.of("companyId", 1, "recordId", 9,
                "recordHash", "abc"));

        assertThat(record.path("id").asInt()).isEqualTo(9);
        YCLIENTS.verify(exactly(3), getRequestedFor(urlPathEqualTo("/api/v1/book_record/1/9/abc")));
    }

    @Test
    void readTimeoutOfAnIdempotentCallIsRetried() {
        YCLIENTS.stubFor(get(urlPathEqualTo("/api/v1/record/1/10")).inScenario("slow").whenScenarioStateIs(STARTED)
                .willReturn(okJson(envelope("{}")).withFixedDelay(1500)).willSetStateTo("fast"));
        YCLIENTS.stubFor(get(urlPathEqualTo("/api/v1/record/1/10")).inScenario("slow").whenScenarioStateIs("fast")
                .willReturn(okJson(envelope("{\"id\": 10}"))));

        JsonNode record = call("direct:yclients-record-get", Map.of("companyId", 1, "recordId", 10));

        assertThat(record.path("id").asInt()).isEqualTo(10);
        YCLIENTS.verify(exactly(2), getRequestedFor(urlPathEqualTo("/api/v1/record/1/10")));
    }

    @Test
    void serverErrorsUntilTheLastAttemptAreUnavailable() {
        YCLIENTS.stubFor(get(urlPathEqualTo("/api/v1/record/1/11")).willReturn(aResponse().withStatus(500)));

        YclientsException failure = failure("direct:yclients-record-get", null, Map.of("companyId", 1, "recordId", 11));

        assertThat(failure.outcome()).isEqualTo(YclientsOutcome.UNAVAILABLE);
        assertThat(failure.httpStatus()).isEqualTo(500);
        assertThat(failure.uncertain()).isFalse();
        YCLIENTS.verify(exactly(3), getRequestedFor(urlPathEqualTo("/api/v1/record/1/11")));
    }

    @Test
    void slotTakenIsValidationWithCode433AndIsNotRetried() {
        YCLIENTS.stubFor(post(urlEqualTo("/api/v1/book_check/1")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"success\": false, \"data\": null, \"meta\": {\"message\": \"An error has occurred\", "
                        + "\"errors\": [{\"code\": 422, \"message\": \"No services\"}, {\"code\": 433, "
                        + "\"message\": \"The selected time is already taken\"}]}}")));

        YclientsException failure = failure("direct:yclients-book-check", Map.of("appointments", List.of()),
                Map.of("companyId", 1));

        assertThat(failure.outcome()).isEqualTo(YclientsOutcome.VALIDATION);
        assertThat(failure.code()).isEqualTo(433);
        assertThat(failure.getMessage()).contains("already taken");
        YCLIENTS.verify(exactly(1), postRequestedFor(urlEqualTo("/api/v1/book_check/1")));
    }

    @Test
    void blacklistedClientIsForbiddenWith434EvenInTheOlderErrorForm() {
        YCLIENTS.stubFor(post(urlEqualTo("/api/v1/book_check/1")).willReturn(aResponse().withStatus(403)
                .withBody("{\"errors\": {\"code\": 434, \"message\": \"Client +79161234567 is blacklisted\"}}")));

        YclientsException failure = failure("direct:yclients-book-check", Map.of(), Map.of("companyId", 1));

        assertThat(failure.outcome()).isEqualTo(YclientsOutcome.FORBIDDEN);
        assertThat(failure.code()).isEqualTo(434);
        assertThat(failure.getMessage()).contains("+7******4567").doesNotContain("79161234567");
    }

    @Test
    void notFoundAndOtherClientErrorsAreNotRetried() {
        YCLIENTS.stubFor(get(urlPathEqualTo("/api/v1/record/1/12")).willReturn(aResponse().withStatus(404)
                .withBody("{\"success\": false, \"data\": null, \"meta\": {\"message\": \"Not found\"}}")));
        YCLIENTS.stubFor(get(urlPathEqualTo("/api/v1/record/1/13")).willReturn(aResponse().withStatus(400)));

        assertThat(failure("direct:yclients-record-get", null, Map.of("companyId", 1, "recordId", 12)).outcome())
                .isEqualTo(YclientsOutcome.NOT_FOUND);
        assertThat(failure("direct:yclients-record-get", null, Map.of("companyId", 1, "recordId", 13)).outcome())
                .isEqualTo(YclientsOutcome.VALIDATION);
        YCLIENTS.verify(exactly(1), getRequestedFor(urlPathEqualTo("/api/v1/record/1/12")));
        YCLIENTS.verify(exactly(1), getRequestedFor(urlPathEqualTo("/api/v1/record/1/13")));
    }

    @Test
    void callerThatWouldWaitTooLongIsToldBusyAndNeverReachesYclients() throws Exception {
        YCLIENTS.stubFor(get(urlPathMatching("/api/v1/busy_probe/.*")).willReturn(okJson(envelope("{}"))));
        ExecutorService callers = Executors.newFixedThreadPool(40);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                Map<String, Object> headers = Map.of("yclientsOperation", "busy_probe", "yclientsMethod", "GET",
                        "yclientsPath", "/busy_probe/" + i, YclientsRateFence.MAX_WAIT_HEADER, 0);
                Callable<String> caller = () -> {
                    try {
                        call("direct:yclients-call", headers);
                        return "ok";
                    } catch (CamelExecutionException failed) {
                        return failed.getCause() instanceof YclientsException busy
                                && busy.outcome() == YclientsOutcome.BUSY ? busy.getMessage() : "other";
                    }
                };
                results.add(callers.submit(caller));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            long served = outcomes.stream().filter("ok"::equals).count();
            assertThat(outcomes).doesNotContain("other");
            assertThat(served).isLessThanOrEqualTo(20);
            assertThat(outcomes).filteredOn(outcome -> outcome.startsWith("Yclients is busy")).hasSize(40 - (int) served);
            assertThat(YclientsFakeServer.received("/busy_probe/")).hasSize((int) served);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void everyCallLeavesOneAuditRowWithoutSecrets() {
        credentials.forgetUserToken(credentials.userTokenGeneration());
        String correlation = "update-" + UUID.randomUUID();
        YCLIENTS.stubFor(get(urlPathEqualTo("/api/v1/loyalty/cards/+79161234567/3/1"))
                .willReturn(okJson(envelope("[]"))));
        YCLIENTS.stubFor(get(urlPathEqualTo("/api/v1/book_record/1/14/0123456789abcdef0123"))
                .willReturn(aResponse().withStatus(404)));

        call("direct:yclients-loyalty-cards", Map.of("companyId", 1, "phone", "+79161234567", "groupId", 3,
                "correlationId", correlation));
        failure("direct:yclients-book-record-get", null, Map.of("companyId", 1, "recordId", 14,
                "recordHash", "0123456789abcdef0123", "correlationId", correlation));

        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_log WHERE correlation_id = ?", Integer.class, correlation) == 2);
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT operation, method, path, http_status, outcome, "
                + "error_code, latency_ms FROM audit_log WHERE correlation_id = ? ORDER BY id", correlation);
        assertThat(rows.get(0)).containsEntry("operation", "loyalty_cards").containsEntry("method", "GET")
                .containsEntry("path", "/loyalty/cards/+7******4567/3/1").containsEntry("http_status", 200)
                .containsEntry("outcome", "ok");
        assertThat(rows.get(1)).containsEntry("operation", "book_record_get")
                .containsEntry("path", "/book_record/1/14/***").containsEntry("http_status", 404)
                .containsEntry("outcome", "NOT_FOUND");
        assertThat((Long) rows.get(0).get("latency_ms")).isNotNegative();

        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_log WHERE operation = 'auth'", Integer.class) > 0);
        String everything = jdbc.queryForList("SELECT * FROM audit_log").toString();
        assertThat(everything).doesNotContain(PARTNER_TOKEN).doesNotContain(PASSWORD).doesNotContain(USER_TOKEN)
                .doesNotContain(LOGIN.substring(1)).doesNotContain("79161234567").doesNotContain("0123456789abcdef");
    }

    @Test
    void companyTimeZoneIsReadAndCached() {
        YCLIENTS.stubFor(get(urlPathEqualTo("/api/v1/company/42")).willReturn(okJson(envelope(
                "{\"id\": \"42\", \"title\": \"Salon\", \"timezone_name\": \"Asia/Yekaterinburg\", \"timezone\": \"5\"}"))));

        JsonNode first = call("direct:yclients-company", Map.of("companyId", 42));
        JsonNode second = call("direct:yclients-company", Map.of("companyId", 42));

        assertThat(first.path("timezone_name").asText()).isEqualTo("Asia/Yekaterinburg");
        assertThat(second).isEqualTo(first);
        YCLIENTS.verify(exactly(1), getRequestedFor(urlPathEqualTo("/api/v1/company/42")));
    }

    @Test
    void requestsOutsideTheHeaderContractAreRefusedBeforeAnyCall() {
        YCLIENTS.stubFor(any(urlPathMatching(".*")).willReturn(okJson(envelope("{}"))));

        for (String path : new String[] {"http://evil.example/api", "/../admin", "//evil.example/x", "/a b"}) {
            CamelExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(
                    CamelExecutionException.class, () -> call("direct:yclients-call", Map.of("yclientsOperation",
                            "probe", "yclientsMethod", "GET", "yclientsPath", path)));
            assertThat(refused.getCause()).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(YCLIENTS.getAllServeEvents()).isEmpty();
    }
}
