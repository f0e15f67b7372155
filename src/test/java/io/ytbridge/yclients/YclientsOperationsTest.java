package io.ytbridge.yclients;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.ytbridge.yclients.YclientsFakeServer.YCLIENTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each operation route reaches the real Yclients path with the right method and auth form. */
class YclientsOperationsTest extends YclientsFunnelTestSupport {

    static Stream<Arguments> operations() {
        Map<String, Object> booking = Map.of("companyId", 3, "staffId", 4, "serviceIds", "10,11", "date", "2026-06-01",
                "recordId", 55, "recordHash", "cafe", "clientId", 77, "phone", "+79161234567", "groupId", 9);
        return Stream.of(
                Arguments.of("book-services", booking, "GET", "/book_services/3?staff_id=4&service_ids%5B%5D=10&service_ids%5B%5D=11", false),
                Arguments.of("book-staff", booking, "GET", "/book_staff/3?service_ids%5B%5D=10&service_ids%5B%5D=11", false),
                Arguments.of("book-staff-seances", booking, "GET", "/book_staff_seances/3/4?service_ids%5B%5D=10&service_ids%5B%5D=11", false),
                Arguments.of("book-dates", Map.of("companyId", 3, "serviceIds", List.of(10L), "dateFrom", "2026-06-01"),
                        "GET", "/book_dates/3?date_from=2026-06-01&service_ids%5B%5D=10", false),
                Arguments.of("book-times", Map.of("companyId", 3, "staffId", 0, "date", "2026-06-02", "serviceIds", 10),
                        "GET", "/book_times/3/0/2026-06-02?service_ids%5B%5D=10", false),
                Arguments.of("book-check", booking, "POST", "/book_check/3", false),
                Arguments.of("book-record-get", booking, "GET", "/book_record/3/55/cafe", false),
                Arguments.of("book-record-reschedule", booking, "PUT", "/book_record/3/55", false),
                Arguments.of("user-record-cancel", booking, "DELETE", "/user/records/55/cafe", false),
                Arguments.of("company", Map.of("companyId", 31), "GET", "/company/31", false),
                Arguments.of("client-search", booking, "POST", "/company/3/clients/search", true),
                Arguments.of("client-create", booking, "POST", "/clients/3", true),
                Arguments.of("records-list", Map.of("companyId", 3, "clientId", 77, "changedAfter", "2026-05-01T00:00:00"),
                        "GET", "/records/3?client_id=77&changed_after=2026-05-01T00%3A00%3A00", true),
                Arguments.of("record-get", booking, "GET", "/record/3/55", true),
                Arguments.of("record-delete", booking, "DELETE", "/record/3/55", true),
                Arguments.of("loyalty-cards", booking, "GET", "/loyalty/cards/+79161234567/9/3", true),
                Arguments.of("loyalty-cards", Map.of("companyId", 3, "clientId", 77), "GET", "/loyalty/client_cards/77", true),
                Arguments.of("loyalty-programs", booking, "GET", "/company/3/loyalty/programs/search", true),
                Arguments.of("hooks-settings-get", booking, "GET", "/hooks_settings/3", true));
    }

    @ParameterizedTest(name = "{0} -> {2} {3}")
    @MethodSource("operations")
    void operationReachesItsYclientsPath(String operation, Map<String, Object> headers, String method, String url,
            boolean asUser) {
        YCLIENTS.stubFor(any(urlPathMatching("/api/v1/(?!auth).*")).willReturn(okJson(envelope("{\"ok\": true}"))));

        assertThat(call("direct:yclients-" + operation, Map.of("comment", "x"), headers).path("ok").asBoolean())
                .isTrue();

        List<LoggedRequest> requests = YCLIENTS.findAll(com.github.tomakehurst.wiremock.client.WireMock
                .anyRequestedFor(urlPathMatching("/api/v1/(?!auth).*")));
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).getMethod().getName()).isEqualTo(method);
        assertThat(requests.get(0).getUrl()).isEqualTo("/api/v1" + url);
        assertThat(requests.get(0).getHeader("Authorization")).isEqualTo("Bearer " + PARTNER_TOKEN
                + (asUser ? ", User " + USER_TOKEN : ""));
    }

    @Test
    void clientSearchSendsThePhoneAsQuickSearch() {
        YCLIENTS.stubFor(any(urlPathMatching("/api/v1/company/.*")).willReturn(okJson(envelope("[]"))));

        call("direct:yclients-client-search", Map.of("companyId", 3, "phone", "+79161234567"));

        YCLIENTS.verify(postRequestedFor(urlEqualTo("/api/v1/company/3/clients/search")).withRequestBody(equalToJson(
                "{\"page\": 1, \"page_size\": 50, \"fields\": [\"id\", \"name\", \"phone\", \"email\"], "
                        + "\"filters\": [{\"type\": \"quick_search\", \"state\": {\"value\": \"+79161234567\"}}]}")));
    }

    @Test
    void hookSettingsAreReadMergedAndWrittenKeepingTheSalonsOtherUrls() {
        YCLIENTS.stubFor(get(urlEqualTo("/api/v1/hooks_settings/3")).willReturn(okJson(envelope(
                "{\"urls\": [\"https://crm.example/hook\"], \"active\": 1, \"record\": 0, \"client\": 1}"))));
        YCLIENTS.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/api/v1/hooks_settings/3"))
                .willReturn(okJson(envelope("{}"))));

        call("direct:yclients-hooks-settings-save", Map.of("urls", List.of("https://bot.example/yclients/webhook"),
                "record", 1), Map.of("companyId", 3));

        YCLIENTS.verify(postRequestedFor(urlEqualTo("/api/v1/hooks_settings/3"))
                .withHeader("Authorization", equalTo("Bearer " + PARTNER_TOKEN + ", User " + USER_TOKEN))
                .withRequestBody(equalToJson("{\"urls\": [\"https://crm.example/hook\", "
                        + "\"https://bot.example/yclients/webhook\"], \"active\": 1, \"record\": 1, \"client\": 1}")));
    }
}
