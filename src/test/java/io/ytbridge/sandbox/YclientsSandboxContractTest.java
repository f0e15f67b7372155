package io.ytbridge.sandbox;

import static io.ytbridge.sandbox.SandboxHttp.PARTNER_AND_USER;
import static io.ytbridge.sandbox.SandboxHttp.PARTNER_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.ytbridge.config.BridgeEndpoints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Yclients sandbox against the contract sheet (shared/reference/yclients-api.md), over real HTTP: each
 * operation's path, headers, envelope and error codes, and free times that go when booked and come back when cancelled.
 */
@SandboxSpringTest
class YclientsSandboxContractTest {

    private static final long ANNA = 501;
    private static final long OLEG = 503;
    private static final long WOMENS_HAIRCUT = 1001;
    private static final long MENS_HAIRCUT = 1002;
    private static final long MANICURE = 3001;

    @LocalServerPort
    int port;

    @Autowired
    WebhookCapture webhooks;

    SandboxHttp http;

    @BeforeEach
    void connect() {
        http = new SandboxHttp(port);
    }

    @AfterEach
    void heal() {
        http.postJson("/sandbox/yclients/_control", Map.of("reset", true));
    }

    @Test
    void everyOperationAnswersInTheEnvelopeWithEmptyMetaAsArray() {
        record Call(String method, String path, Object body, String authorization, int status) {
        }
        String today = firstBookableDate(ANNA, WOMENS_HAIRCUT);
        List<Call> calls = List.of(
                new Call("GET", "/book_services/1", null, PARTNER_ONLY, 200),
                new Call("GET", "/book_services/1?staff_id=" + ANNA, null, PARTNER_ONLY, 200),
                new Call("GET", "/book_staff/1?service_ids[]=" + WOMENS_HAIRCUT, null, PARTNER_ONLY, 200),
                new Call("GET", "/book_staff_seances/1/" + ANNA + "?service_ids[]=" + WOMENS_HAIRCUT, null, PARTNER_ONLY, 200),
                new Call("GET", "/book_dates/1?service_ids[]=" + WOMENS_HAIRCUT + "&staff_id=" + ANNA, null, PARTNER_ONLY, 200),
                new Call("GET", "/book_times/1/" + ANNA + "/" + today + "?service_ids[]=" + WOMENS_HAIRCUT, null, PARTNER_ONLY, 200),
                new Call("GET", "/book_times/1/0/" + today + "?service_ids[]=" + WOMENS_HAIRCUT, null, PARTNER_ONLY, 200),
                new Call("GET", "/company/1", null, PARTNER_ONLY, 200),
                new Call("GET", "/company/1/loyalty/programs/search", null, PARTNER_AND_USER, 200),
                new Call("GET", "/loyalty/cards/+79161234567/" + DemoSalon.CHAIN_ID + "/1", null, PARTNER_AND_USER, 200),
                new Call("GET", "/records/1", null, PARTNER_AND_USER, 200),
                new Call("GET", "/hooks_settings/1", null, PARTNER_AND_USER, 200),
                new Call("POST", "/company/1/clients/search", Map.of("page", 1, "page_size", 10), PARTNER_AND_USER, 200),
                new Call("POST", "/auth", Map.of("login", BridgeEndpoints.SANDBOX_YCLIENTS_LOGIN,
                        "password", BridgeEndpoints.SANDBOX_YCLIENTS_PASSWORD), PARTNER_ONLY, 201));
        for (Call call : calls) {
            SandboxHttp.Reply reply = http.yclients(call.method(), call.path(), call.body(), call.authorization());
            assertThat(reply.status()).as(call.path() + ": " + reply.body()).isEqualTo(call.status());
            JsonNode json = reply.json();
            assertThat(json.path("success").asBoolean()).as(call.path()).isTrue();
            assertThat(json.has("data")).as(call.path()).isTrue();
            assertThat(json.has("meta")).as(call.path()).isTrue();
            if (!json.get("meta").isObject()) {
                assertThat(json.get("meta").isArray() && json.get("meta").isEmpty()).as(call.path() + " meta").isTrue();
            }
        }
    }

    @Test
    void refusesWithout401HeadersLikeTheRealApi() {
        String path = BridgeEndpoints.YCLIENTS_SANDBOX_PATH + "/book_services/1";
        SandboxHttp.Reply noAccept = http.send(HttpRequest.newBuilder(URI.create(http.base() + path))
                .header("Authorization", PARTNER_ONLY).GET());
        assertThat(noAccept.status()).isEqualTo(401);
        assertThat(noAccept.json().path("success").asBoolean(true)).isFalse();
        assertThat(noAccept.json().path("meta").path("message").asText()).isNotBlank();

        assertThat(http.yclients("GET", "/book_services/1", null, null).status()).isEqualTo(401);
        assertThat(http.yclients("GET", "/book_services/1", null, "Bearer wrong-partner-token").status()).isEqualTo(401);
        // Company data needs the user token too.
        assertThat(http.yclients("GET", "/records/1", null, PARTNER_ONLY).status()).isEqualTo(401);
        assertThat(http.yclients("GET", "/records/1", null, PARTNER_ONLY + ", User wrong-user-token").status())
                .isEqualTo(401);
        assertThat(http.yclients("GET", "/records/1", null, PARTNER_AND_USER).status()).isEqualTo(200);

        SandboxHttp.Reply altegioAccept = http.send(HttpRequest.newBuilder(URI.create(http.base() + path))
                .header("Accept", "application/vnd.api.v2+json").header("Authorization", PARTNER_ONLY).GET());
        assertThat(altegioAccept.status()).isEqualTo(200);
    }

    @Test
    void authHandsOutTheUserTokenOnlyForTheRightPassword() {
        JsonNode ok = http.yclients("POST", "/auth", Map.of("login", BridgeEndpoints.SANDBOX_YCLIENTS_LOGIN,
                "password", BridgeEndpoints.SANDBOX_YCLIENTS_PASSWORD), PARTNER_ONLY).json();
        assertThat(ok.path("data").path("user_token").asText()).isEqualTo(BridgeEndpoints.SANDBOX_YCLIENTS_USER_TOKEN);

        SandboxHttp.Reply wrong = http.yclients("POST", "/auth", Map.of("login", BridgeEndpoints.SANDBOX_YCLIENTS_LOGIN,
                "password", "guess"), PARTNER_ONLY);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain(BridgeEndpoints.SANDBOX_YCLIENTS_USER_TOKEN);
    }

    @Test
    void demoSalonHasCategoriesDiscountsPrepaymentAndFourMastersWithDifferentSchedules() {
        JsonNode services = http.yclients("GET", "/book_services/1", null, PARTNER_ONLY).json().path("data");
        assertThat(services.path("category").size()).isGreaterThanOrEqualTo(3);
        assertThat(services.path("services").size()).isGreaterThanOrEqualTo(10);
        List<String> prepaid = new ArrayList<>();
        int discounted = 0;
        for (JsonNode service : services.path("services")) {
            assertThat(service.path("price_min").asInt()).isPositive();
            prepaid.add(service.path("prepaid").asText());
            discounted += service.path("discount").asInt() > 0 ? 1 : 0;
        }
        assertThat(prepaid).contains("forbidden", "allowed", "required");
        assertThat(discounted).isPositive();
        // seance_length only when filtered by a master, as the spec says
        assertThat(services.path("services").get(0).has("seance_length")).isFalse();
        JsonNode annas = http.yclients("GET", "/book_services/1?staff_id=" + ANNA, null, PARTNER_ONLY).json()
                .path("data").path("services");
        assertThat(annas.get(0).path("seance_length").asInt()).isPositive();

        JsonNode staff = http.yclients("GET", "/book_staff/1", null, PARTNER_ONLY).json().path("data");
        assertThat(staff.size()).isEqualTo(4);
        JsonNode oleg = findById(staff, OLEG);
        assertThat(oleg.path("position").isArray()).as("quirk: position [] for a master without one").isTrue();

        JsonNode annaDays = dates(ANNA, WOMENS_HAIRCUT).path("working_dates");
        JsonNode olegDays = dates(OLEG, MENS_HAIRCUT).path("working_dates");
        assertThat(annaDays.size()).isGreaterThan(15);
        assertThat(annaDays).isNotEqualTo(olegDays);

        JsonNode company = http.yclients("GET", "/company/1", null, PARTNER_ONLY).json().path("data");
        assertThat(company.path("timezone_name").asText()).isEqualTo("Europe/Moscow");
    }

    @Test
    void aBookedTimeDisappearsAndComesBackWhenTheClientCancels() {
        String date = firstBookableDate(ANNA, WOMENS_HAIRCUT);
        JsonNode slot = times(ANNA, date, WOMENS_HAIRCUT).get(0);
        String time = slot.path("time").asText();
        assertThat(slot.path("seance_length").asInt()).isEqualTo(3600);
        OffsetDateTime.parse(slot.path("datetime").asText());

        Map<String, Object> booking = booking("+7 916 555-01-01", "Тест Слот", ANNA, WOMENS_HAIRCUT,
                slot.path("datetime").asText());
        SandboxHttp.Reply booked = http.yclients("POST", "/book_record/1", booking, PARTNER_ONLY);
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        JsonNode record = booked.json().path("data").get(0);
        assertThat(record.path("id").asInt()).isEqualTo(1);
        long recordId = record.path("record_id").asLong();
        String hash = record.path("record_hash").asText();
        assertThat(hash).hasSize(32);

        assertThat(timesOf(times(ANNA, date, WOMENS_HAIRCUT))).doesNotContain(time);

        SandboxHttp.Reply again = http.yclients("POST", "/book_record/1", booking, PARTNER_ONLY);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().path("meta").path("errors").get(0).path("code").asInt()).isEqualTo(433);
        SandboxHttp.Reply check = http.yclients("POST", "/book_check/1", Map.of("appointments", booking.get("appointments")),
                PARTNER_ONLY);
        assertThat(check.status()).isEqualTo(422);
        assertThat(check.json().path("meta").path("errors").get(0).path("code").asInt()).isEqualTo(433);

        JsonNode own = http.yclients("GET", "/book_record/1/" + recordId + "/" + hash, null, PARTNER_ONLY).json().path("data");
        assertThat(own.path("id").asLong()).isEqualTo(recordId);
        assertThat(own.path("staff").path("id").asLong()).isEqualTo(ANNA);
        assertThat(http.yclients("GET", "/book_record/1/" + recordId + "/0000", null, PARTNER_ONLY).status()).isEqualTo(404);

        assertThat(http.yclients("DELETE", "/user/records/" + recordId + "/" + hash, null, PARTNER_ONLY).status())
                .isEqualTo(200);
        assertThat(timesOf(times(ANNA, date, WOMENS_HAIRCUT))).contains(time);
        JsonNode deleted = http.yclients("GET", "/record/1/" + recordId, null, PARTNER_AND_USER).json().path("data");
        assertThat(deleted.path("deleted").asBoolean()).isTrue();
    }

    @Test
    void anyMasterBookingPicksAFreeMasterWhoDoesTheService() {
        String date = firstBookableDate(OLEG, MENS_HAIRCUT);
        JsonNode anyMaster = http.yclients("GET", "/book_times/1/0/" + date + "?service_ids[]=" + MENS_HAIRCUT, null,
                PARTNER_ONLY).json().path("data");
        assertThat(anyMaster.size()).isPositive();
        SandboxHttp.Reply booked = http.yclients("POST", "/book_record/1",
                booking("89165550202", "Любой Мастер", 0, MENS_HAIRCUT, anyMaster.get(0).path("datetime").asText()),
                PARTNER_ONLY);
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        JsonNode record = http.yclients("GET", "/record/1/" + booked.json().path("data").get(0).path("record_id").asLong(),
                null, PARTNER_AND_USER).json().path("data");
        assertThat(record.path("staff_id").asLong()).isIn(ANNA, OLEG);
        assertThat(record.path("master_request").asInt()).isZero();
        assertThat(record.path("client").path("phone").asText()).isEqualTo("+79165550202");
    }

    @Test
    void bookingErrorCodesAreTheDocumentedOnes() {
        String date = firstBookableDate(ANNA, WOMENS_HAIRCUT);
        String datetime = times(ANNA, date, WOMENS_HAIRCUT).get(0).path("datetime").asText();

        assertBookingError(booking("12-34", "Плохой Телефон", ANNA, WOMENS_HAIRCUT, datetime), 422, 431);
        assertBookingError(booking("+79165550303", " ", ANNA, WOMENS_HAIRCUT, datetime), 422, 435);
        assertBookingError(booking("+79165550303", "Нет Услуги", ANNA, 999_999, datetime), 422, 438);
        assertBookingError(booking("+79165550303", "Не Та Услуга", ANNA, MANICURE, datetime), 422, 438);
        assertBookingError(booking(DemoSalon.BLACKLISTED_PHONE, "Чёрный Список", ANNA, WOMENS_HAIRCUT, datetime), 403, 434);

        Map<String, Object> nobodyDoesBoth = Map.of("phone", "+79165550303", "fullname", "Все Сразу", "appointments",
                List.of(Map.of("id", 1, "services", List.of(WOMENS_HAIRCUT, MANICURE), "staff_id", 0, "datetime", datetime)));
        assertBookingError(nobodyDoesBoth, 422, 436);

        Map<String, Object> overlapping = Map.of("phone", "+79165550303", "fullname", "Два Раза", "appointments", List.of(
                Map.of("id", 1, "services", List.of(WOMENS_HAIRCUT), "staff_id", ANNA, "datetime", datetime),
                Map.of("id", 2, "services", List.of(WOMENS_HAIRCUT), "staff_id", ANNA, "datetime", datetime)));
        SandboxHttp.Reply overlap = http.yclients("POST", "/book_check/1", overlapping, PARTNER_ONLY);
        assertThat(overlap.status()).isEqualTo(422);
        assertThat(overlap.json().path("meta").path("errors").get(0).path("code").asInt()).isEqualTo(437);

        SandboxHttp.Reply checked = http.yclients("POST", "/book_check/1",
                Map.of("appointments", booking("+79165550303", "x", ANNA, WOMENS_HAIRCUT, datetime).get("appointments")),
                PARTNER_ONLY);
        assertThat(checked.status()).isEqualTo(201);
    }

    @Test
    void unknownThingsAnswer404InTheirPathsForm() {
        SandboxHttp.Reply company = http.yclients("GET", "/company/999", null, PARTNER_ONLY);
        assertThat(company.status()).isEqualTo(404);
        assertThat(company.json().path("errors").path("code").asInt()).as("older error form").isEqualTo(404);
        assertThat(http.yclients("GET", "/book_services/999", null, PARTNER_ONLY).status()).isEqualTo(404);
        assertThat(http.yclients("GET", "/record/1/424242", null, PARTNER_AND_USER).status()).isEqualTo(404);
        assertThat(http.yclients("GET", "/book_times/1/77/2030-01-01", null, PARTNER_ONLY).status()).isEqualTo(404);
    }

    @Test
    void rescheduleMovesTheRecordAndFreesTheOldTime() {
        String date = firstBookableDate(ANNA, WOMENS_HAIRCUT);
        JsonNode free = times(ANNA, date, WOMENS_HAIRCUT);
        JsonNode booked = http.yclients("POST", "/book_record/1", booking("+79165550404", "Перенос", ANNA, WOMENS_HAIRCUT,
                free.get(0).path("datetime").asText()), PARTNER_ONLY).json().path("data").get(0);
        String target = free.get(free.size() - 1).path("datetime").asText();

        SandboxHttp.Reply moved = http.yclients("PUT", "/book_record/1/" + booked.path("record_id").asLong(),
                Map.of("datetime", target, "comment", "перенесено"), PARTNER_ONLY);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(OffsetDateTime.parse(moved.json().path("data").path("datetime").asText()).toInstant())
                .isEqualTo(OffsetDateTime.parse(target).toInstant());
        List<String> after = timesOf(times(ANNA, date, WOMENS_HAIRCUT));
        assertThat(after).contains(free.get(0).path("time").asText())
                .doesNotContain(free.get(free.size() - 1).path("time").asText());
    }

    @Test
    void recordsListFiltersByChangeTimeAndHidesDeletedUnlessAsked() {
        Instant before = Instant.now().minusSeconds(2);
        String date = firstBookableDate(ANNA, WOMENS_HAIRCUT);
        JsonNode booked = http.yclients("POST", "/book_record/1", booking("+79165550505", "Список", ANNA, WOMENS_HAIRCUT,
                times(ANNA, date, WOMENS_HAIRCUT).get(0).path("datetime").asText()), PARTNER_ONLY).json().path("data").get(0);
        long recordId = booked.path("record_id").asLong();

        String changedAfter = "?changed_after=" + OffsetDateTime.ofInstant(before, java.time.ZoneOffset.UTC)
                .toLocalDateTime().withNano(0) + "Z";
        JsonNode recent = http.yclients("GET", "/records/1" + changedAfter.replace("Z", "%2B00:00") + "&count=100", null,
                PARTNER_AND_USER).json();
        assertThat(ids(recent.path("data"))).contains(recordId);
        assertThat(recent.path("meta").path("total_count").asInt()).isPositive();
        JsonNode record = findById(recent.path("data"), recordId);
        assertThat(record.path("services").get(0).path("cost").isTextual()).as("quirk: cost as string").isTrue();
        assertThat(record.path("create_date").asText()).matches(".*[+-]\\d{4}$");

        assertThat(http.yclients("DELETE", "/record/1/" + recordId, null, PARTNER_AND_USER).status()).isEqualTo(204);
        JsonNode withoutDeleted = http.yclients("GET", "/records/1?count=1000", null, PARTNER_AND_USER).json();
        assertThat(ids(withoutDeleted.path("data"))).doesNotContain(recordId);
        JsonNode withDeleted = http.yclients("GET", "/records/1?count=1000&with_deleted=1", null, PARTNER_AND_USER).json();
        assertThat(findById(withDeleted.path("data"), recordId).path("deleted").asBoolean()).isTrue();
    }

    @Test
    void clientsAreFoundByPhoneAndCreated() {
        JsonNode found = http.yclients("POST", "/company/1/clients/search", Map.of("page", 1, "page_size", 25,
                "fields", List.of("id", "name", "phone"),
                "filters", List.of(Map.of("type", "quick_search", "state", Map.of("value", "+79161234567")))),
                PARTNER_AND_USER).json();
        assertThat(found.path("meta").path("total_count").asInt()).isEqualTo(1);
        assertThat(found.path("data").get(0).path("id").isTextual()).as("quirk: id as string").isTrue();
        assertThat(found.path("data").get(0).path("name").asText()).isEqualTo("Иван Кузнецов");

        SandboxHttp.Reply created = http.yclients("POST", "/clients/1", Map.of("name", "Новый Клиент",
                "phone", "+79165550606"), PARTNER_AND_USER);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("data").path("id").asLong()).isPositive();
        assertThat(http.yclients("POST", "/clients/1", Map.of("name", "Без Телефона", "phone", "abc"), PARTNER_AND_USER)
                .status()).isEqualTo(422);
        assertThat(http.yclients("POST", "/company/1/clients/search", Map.of("page_size", 500), PARTNER_AND_USER)
                .status()).isEqualTo(400);
    }

    @Test
    void loyaltyCardsAndPrograms() {
        JsonNode cards = http.yclients("GET", "/loyalty/cards/79161234567/" + DemoSalon.CHAIN_ID + "/1", null,
                PARTNER_AND_USER).json().path("data");
        assertThat(cards.size()).isEqualTo(1);
        assertThat(cards.get(0).path("programs").get(0).path("title").asText()).isNotBlank();
        long clientId = http.yclients("POST", "/company/1/clients/search", Map.of("filters",
                List.of(Map.of("type", "quick_search", "state", Map.of("value", "79031112233")))), PARTNER_AND_USER)
                .json().path("data").get(0).path("id").asLong();
        assertThat(http.yclients("GET", "/loyalty/client_cards/" + clientId, null, PARTNER_AND_USER).json()
                .path("data").size()).isEqualTo(1);
        JsonNode programs = http.yclients("GET", "/company/1/loyalty/programs/search", null, PARTNER_AND_USER).json();
        assertThat(programs.path("data").size()).isEqualTo(2);
        assertThat(programs.path("meta").path("count").asInt()).isEqualTo(2);
    }

    @Test
    void hookSettingsArReplacedByAPostAndLimitedToTenUrls() {
        SandboxHttp.Reply saved = http.yclients("POST", "/hooks_settings/1", Map.of("urls",
                List.of("https://bridge.example/yclients/webhook"), "active", 1, "record", 1), PARTNER_AND_USER);
        assertThat(saved.status()).isEqualTo(201);
        JsonNode read = http.yclients("GET", "/hooks_settings/1", null, PARTNER_AND_USER).json().path("data");
        assertThat(read.path("urls").get(0).asText()).isEqualTo("https://bridge.example/yclients/webhook");
        assertThat(read.path("record").asInt()).isEqualTo(1);
        assertThat(read.path("client").asInt()).isZero();

        List<String> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add("https://bridge.example/hook/" + i);
        }
        assertThat(http.yclients("POST", "/hooks_settings/1", Map.of("urls", eleven, "active", 1), PARTNER_AND_USER)
                .status()).isEqualTo(422);
    }

    @Test
    void controlInjectsRateLimitsGatewayErrorsAndDelays() {
        http.postJson("/sandbox/yclients/_control", Map.of("failNext", 429, "count", 2, "retryAfter", 1));
        SandboxHttp.Reply first = http.yclients("GET", "/book_services/1", null, PARTNER_ONLY);
        assertThat(first.status()).isEqualTo(429);
        assertThat(first.header("Retry-After")).isEqualTo("1");
        assertThat(http.yclients("GET", "/book_services/1", null, PARTNER_ONLY).status()).isEqualTo(429);
        assertThat(http.yclients("GET", "/book_services/1", null, PARTNER_ONLY).status()).isEqualTo(200);

        http.postJson("/sandbox/yclients/_control", Map.of("failNext", 502));
        SandboxHttp.Reply gateway = http.yclients("GET", "/book_services/1", null, PARTNER_ONLY);
        assertThat(gateway.status()).isEqualTo(502);
        assertThat(gateway.body()).contains("<title>502 Bad Gateway</title>");

        http.postJson("/sandbox/yclients/_control", Map.of("delayMs", 700));
        long started = System.nanoTime();
        assertThat(http.yclients("GET", "/company/1", null, PARTNER_ONLY).status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(700));
        assertThat(http.postJson("/sandbox/yclients/_control", Map.of("failNext", 200)).status()).isEqualTo(400);
    }

    @Test
    void adminPanelConfirmsARecordAndSendsTheWebhookYclientsWouldSend() {
        JsonNode listed = http.get("/sandbox/yclients/_admin/records?days=7").json();
        assertThat(listed.path("records").size()).isPositive();
        JsonNode record = listed.path("records").get(0);
        long recordId = record.path("id").asLong();

        JsonNode confirmed = http.postJson("/sandbox/yclients/_admin/records/" + recordId + "/confirm", null).json();
        assertThat(confirmed.path("record").path("attendance").asInt()).isEqualTo(2);
        assertThat(confirmed.path("webhook").path("http_status").asInt()).isEqualTo(200);
        WebhookCapture.Received received = webhooks.received().stream()
                .filter(hook -> hook.payload().path("resource_id").asLong() == recordId).reduce((a, b) -> b).orElseThrow();
        assertThat(received.authorization()).isEqualTo("Bearer " + WebhookCapture.SECRET);
        assertThat(received.payload().path("company_id").asLong()).isEqualTo(1);
        assertThat(received.payload().path("resource").asText()).isEqualTo("record");
        assertThat(received.payload().path("status").asText()).isEqualTo("update");
        assertThat(received.payload().path("data").path("confirmed").asInt()).isEqualTo(1);
        assertThat(received.payload().path("data").path("client").path("phone").asText()).startsWith("+");
    }

    private void assertBookingError(Map<String, Object> booking, int status, int code) {
        SandboxHttp.Reply reply = http.yclients("POST", "/book_record/1", booking, PARTNER_ONLY);
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.json().path("success").asBoolean(true)).isFalse();
        assertThat(reply.json().path("meta").path("errors").get(0).path("code").asInt()).as(reply.body()).isEqualTo(code);
    }

    private static Map<String, Object> booking(String phone, String name, long staffId, long serviceId, String datetime) {
        return Map.of("phone", phone, "fullname", name, "email", "", "comment", "from test", "api_id", 77,
                "appointments", List.of(Map.of("id", 1, "services", List.of(serviceId), "staff_id", staffId,
                        "datetime", datetime)));
    }

    private JsonNode dates(long staffId, long serviceId) {
        return http.yclients("GET", "/book_dates/1?service_ids[]=" + serviceId + "&staff_id=" + staffId, null,
                PARTNER_ONLY).json().path("data");
    }

    private String firstBookableDate(long staffId, long serviceId) {
        JsonNode dates = dates(staffId, serviceId).path("booking_dates");
        assertThat(dates.size()).isPositive();
        return dates.get(0).asText();
    }

    private JsonNode times(long staffId, String date, long serviceId) {
        return http.yclients("GET", "/book_times/1/" + staffId + "/" + date + "?service_ids[]=" + serviceId, null,
                PARTNER_ONLY).json().path("data");
    }

    private static List<String> timesOf(JsonNode slots) {
        List<String> times = new ArrayList<>();
        slots.forEach(slot -> times.add(slot.path("time").asText()));
        return times;
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(node -> ids.add(node.path("id").asLong()));
        return ids;
    }

    private static JsonNode findById(JsonNode list, long id) {
        for (JsonNode node : list) {
            if (node.path("id").asLong() == id) {
                return node;
            }
        }
        throw new AssertionError("no id " + id + " in " + list);
    }
}
