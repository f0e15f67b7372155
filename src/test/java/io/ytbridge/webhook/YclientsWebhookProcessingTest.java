package io.ytbridge.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.ytbridge.support.BotApiWireMock.sentTo;
import static io.ytbridge.webhook.WebhookFixtures.COMPANY;
import static io.ytbridge.webhook.WebhookFixtures.inDays;
import static io.ytbridge.webhook.WebhookFixtures.recordEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.ytbridge.support.BotApiWireMock;
import io.ytbridge.support.YclientsWireMock;
import org.junit.jupiter.api.Test;

/** After the door: what stored events mean, who is told, and that each change is told exactly once. */
class YclientsWebhookProcessingTest extends WebhookApplicationTestBase {

    private static final String BOOK_SERVICES = "/api/v1/book_services/1";

    @Test
    void theSameDeliveryFourTimesIsStoredOnceAndToldOnce() throws Exception {
        WebhookFixtures fixtures = fixtures();
        long user = fixtures.user("ru");
        long recordId = WebhookFixtures.nextId();
        OffsetDateTime startsAt = inDays(5, 9);
        fixtures.botBooking(user, recordId, "booked", startsAt);
        String confirmed = recordEvent(recordId, "update", 2, false, startsAt, inDays(0, 8), 401, "+79160000001");

        for (int delivery = 0; delivery < 4; delivery++) {
            assertThat(deliverWithBearer(confirmed).statusCode()).isEqualTo(200);
        }

        await().until(() -> allProcessed("record", recordId));
        assertThat(events("record", recordId)).singleElement()
                .satisfies(event -> assertThat(event.get("event_name")).isEqualTo("record.confirm"));
        assertThat(sentTo(user)).singleElement().satisfies(message -> {
            assertThat(message.method()).isEqualTo("sendMessage");
            assertThat(message.text()).startsWith("✅ Салон подтвердил вашу запись: Стрижка — Мария");
        });
        assertThat(fixtures.bookingStatus(recordId)).isEqualTo("confirmed");
        assertThat(history(recordId)).containsExactly("booked/telegram_bot", "confirmed/webhook");
    }

    @Test
    void anUpdateArrivingBeforeItsCreateIsToldOnceAndTheCreateUndoesNothing() throws Exception {
        WebhookFixtures fixtures = fixtures();
        long user = fixtures.user("ru");
        long recordId = WebhookFixtures.nextId();
        OffsetDateTime startsAt = inDays(3, 12);
        fixtures.botBooking(user, recordId, "booked", startsAt);

        deliverWithBearer(recordEvent(recordId, "update", 2, false, startsAt, inDays(0, 9), 402, "+79160000002"));
        deliverWithBearer(recordEvent(recordId, "create", 0, false, startsAt, inDays(0, 8), 402, "+79160000002"));

        await().until(() -> events("record", recordId).size() == 2 && allProcessed("record", recordId));
        assertThat(sentTo(user)).hasSize(1);
        assertThat(fixtures.bookingStatus(recordId)).isEqualTo("confirmed");
        assertThat(events("record", recordId)).extracting(event -> event.get("event_name"))
                .containsExactly("record.confirm", "record.create");
    }

    @Test
    void anOlderUpdateArrivingLateIsStaleAndUndoesNothing() throws Exception {
        WebhookFixtures fixtures = fixtures();
        long user = fixtures.user("ru");
        long recordId = WebhookFixtures.nextId();
        OffsetDateTime startsAt = inDays(3, 12);
        fixtures.botBooking(user, recordId, "booked", startsAt);

        deliverWithBearer(recordEvent(recordId, "update", -1, false, startsAt, inDays(0, 10), 403, "+79160000003"));
        await().until(() -> allProcessed("record", recordId));
        deliverWithBearer(recordEvent(recordId, "update", 2, false, startsAt, inDays(0, 9), 403, "+79160000003"));

        await().until(() -> events("record", recordId).size() == 2 && allProcessed("record", recordId));
        assertThat(sentTo(user)).singleElement()
                .satisfies(message -> assertThat(message.text()).startsWith("❌ Салон отменил вашу запись"));
        assertThat(fixtures.bookingStatus(recordId)).isEqualTo("cancelled");
        assertThat(events("record", recordId).get(1).get("event_name")).isEqualTo("record.stale");
    }

    @Test
    void aRealShapedRecordTheSalonMadeForAKnownClientIsFollowedInTheUsersLanguageAndLocalTime() throws Exception {
        WebhookFixtures fixtures = fixtures();
        long user = fixtures.user("en");
        long clientId = WebhookFixtures.nextId();
        fixtures.mapping(user, null, "+79161234567");
        long recordId = WebhookFixtures.nextId();
        OffsetDateTime startsAt = inDays(6, 7);
        OffsetDateTime tomorrow = OffsetDateTime.now(WebhookFixtures.MOSCOW).plusDays(1).withHour(18).withMinute(0)
                .withSecond(0).withNano(0);

        // Matched by phone, written the way Yclients writes it, without the plus.
        deliverWithBearer(recordEvent(recordId, "create", 0, false, startsAt, inDays(0, 6), clientId, "79161234567"));
        await().until(() -> allProcessed("record", recordId));
        deliverWithBearer(recordEvent(recordId, "update", 0, false, tomorrow, inDays(0, 7), clientId, "79161234567"));
        await().until(() -> events("record", recordId).size() == 2 && allProcessed("record", recordId));
        deliverWithBearer(recordEvent(recordId, "delete", 0, true, tomorrow, inDays(0, 8), clientId, "79161234567"));
        await().until(() -> events("record", recordId).size() == 3 && allProcessed("record", recordId));

        List<String> texts = sentTo(user).stream().map(message -> message.text()).toList();
        String moscowStart = startsAt.withOffsetSameInstant(WebhookFixtures.MOSCOW).toLocalTime().toString();
        String moscowTomorrow = tomorrow.withOffsetSameInstant(WebhookFixtures.MOSCOW).toLocalTime().toString();
        assertThat(texts).hasSize(3);
        assertThat(texts.get(0)).startsWith("✅ The salon confirmed your booking: Стрижка — Мария").contains(moscowStart);
        assertThat(texts.get(1)).startsWith("🕒 The salon moved your booking \"Стрижка — Мария\" to tomorrow")
                .contains(moscowStart, moscowTomorrow);
        assertThat(texts.get(2)).startsWith("❌ The salon cancelled your booking").contains(moscowTomorrow);
        Map<String, Object> booking = jdbc.queryForMap("SELECT source, status, staff_id, service_ids FROM booking "
                + "WHERE company_id = ? AND record_id = ?", COMPANY, recordId);
        assertThat(booking).containsEntry("source", "yclients").containsEntry("status", "cancelled")
                .containsEntry("staff_id", 6544L).containsEntry("service_ids", "331");
        assertThat(history(recordId)).containsExactly("confirmed/webhook", "cancelled/webhook");
    }

    @Test
    void aBookingWhoseBookRecordWentUnansweredIsSettledByItsRecordAndToldOnce() throws Exception {
        WebhookFixtures fixtures = fixtures();
        long user = fixtures.user("en");
        OffsetDateTime startsAt = inDays(4, 11);
        long bookingId = fixtures.unsettledBooking(user, "unknown", startsAt);
        long recordId = WebhookFixtures.nextId();
        String created = WebhookFixtures.withApiId(
                recordEvent(recordId, "create", 0, false, startsAt, inDays(0, 8), 404, "+79160000004"), bookingId);

        assertThat(deliverWithBearer(created).statusCode()).isEqualTo(200);
        await().until(() -> allProcessed("record", recordId));
        // Yclients sends it again, as it does when unsure: nothing more.
        deliverWithBearer(created.replace("\"status\":\"create\"", "\"status\":\"update\""));
        await().until(() -> events("record", recordId).size() == 2 && allProcessed("record", recordId));

        assertThat(sentTo(user)).singleElement().satisfies(message ->
                assertThat(message.text()).startsWith("✅ Your booking went through after all: Стрижка — Мария"));
        assertThat(jdbc.queryForList("SELECT id FROM booking WHERE telegram_user_id = ?", Long.class, user))
                .as("settled, not adopted a second time").containsExactly(bookingId);
        assertThat(jdbc.queryForMap("SELECT record_id, status, source FROM booking WHERE id = ?", bookingId))
                .containsEntry("record_id", recordId).containsEntry("status", "confirmed")
                .containsEntry("source", "telegram_bot");
        assertThat(history(recordId)).containsExactly("unknown/dialog", "confirmed/webhook");
    }

    @Test
    void aBookingTheBotConfirmedItselfGetsNoSecondMessage() throws Exception {
        WebhookFixtures fixtures = fixtures();
        long user = fixtures.user("ru");
        long recordId = WebhookFixtures.nextId();
        OffsetDateTime startsAt = inDays(4, 10);
        fixtures.botBooking(user, recordId, "confirmed", startsAt);

        deliverWithBearer(recordEvent(recordId, "create", 0, false, startsAt, inDays(0, 8), 404, "+79160000004"));
        deliverWithBearer(recordEvent(recordId, "update", 2, false, startsAt, inDays(0, 9), 404, "+79160000004"));

        await().until(() -> events("record", recordId).size() == 2 && allProcessed("record", recordId));
        assertThat(sentTo(user)).isEmpty();
        assertThat(fixtures.bookingStatus(recordId)).isEqualTo("confirmed");
    }

    @Test
    void anUpdateThatChangesNothingTheUserCaresAboutSendsNothing() throws Exception {
        WebhookFixtures fixtures = fixtures();
        long user = fixtures.user("ru");
        long recordId = WebhookFixtures.nextId();
        OffsetDateTime startsAt = inDays(4, 10);
        fixtures.botBooking(user, recordId, "confirmed", startsAt);
        String withComment = recordEvent(recordId, "update", 0, false, startsAt, inDays(0, 9), 405, "+79160000005")
                .replace("\"comment\":\"\"", "\"comment\":\"Клиент просит кофе\"");

        deliverWithBearer(withComment);

        await().until(() -> allProcessed("record", recordId));
        assertThat(sentTo(user)).isEmpty();
        assertThat(history(recordId)).containsExactly("confirmed/telegram_bot");
    }

    @Test
    void aFailedSendIsRetriedAndTheChangeIsToldOnce() throws Exception {
        WebhookFixtures fixtures = fixtures();
        long user = fixtures.user("ru");
        long recordId = WebhookFixtures.nextId();
        OffsetDateTime startsAt = inDays(4, 10);
        fixtures.botBooking(user, recordId, "confirmed", startsAt);
        BotApiWireMock.failNext(user, TRANSPORT_TRIES);

        deliverWithBearer(recordEvent(recordId, "update", 0, false, inDays(4, 11), inDays(0, 9), 406, "+79160000006"));

        await().until(() -> allProcessed("record", recordId));
        assertThat(sentTo(user)).singleElement()
                .satisfies(message -> assertThat(message.text()).startsWith("🕒 Салон перенёс вашу запись"));
        assertThat(events("record", recordId)).singleElement()
                .satisfies(event -> assertThat(event.get("attempts")).isEqualTo(2));
    }

    @Test
    void theAnswerDoesNotWaitForProcessing() throws Exception {
        WebhookFixtures fixtures = fixtures();
        long user = fixtures.user("ru");
        long recordId = WebhookFixtures.nextId();
        OffsetDateTime startsAt = inDays(4, 10);
        fixtures.botBooking(user, recordId, "booked", startsAt);
        String confirmed = recordEvent(recordId, "update", 2, false, startsAt, inDays(0, 9), 407, "+79160000007");
        BotApiWireMock.holdAnswers();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/yclients/webhook"))
                            .timeout(Duration.ofSeconds(10))
                            .header("Authorization", "Bearer " + SECRET)
                            .POST(HttpRequest.BodyPublishers.ofString(confirmed)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(events("record", recordId)).singleElement()
                    .satisfies(event -> assertThat(event.get("processed_at")).isNull());
        } finally {
            BotApiWireMock.releaseAnswers();
        }
        await().until(() -> allProcessed("record", recordId));
        assertThat(sentTo(user)).hasSize(1);
    }

    @Test
    void aClientUpdateRefreshesTheMappingsPhoneAndName() throws Exception {
        WebhookFixtures fixtures = fixtures();
        long user = fixtures.user("ru");
        long clientId = WebhookFixtures.nextId();
        fixtures.mapping(user, clientId, "+79160000008");

        deliverWithBearer("{\"company_id\":1,\"resource\":\"client\",\"resource_id\":\"" + clientId + "\","
                + "\"status\":\"update\",\"data\":{\"id\":\"" + clientId + "\",\"name\":\"Анна\",\"surname\":\"Петрова\","
                + "\"phone\":\"79261112233\",\"email\":\"\",\"custom_fields\":[]}}");

        await().until(() -> allProcessed("client", clientId));
        assertThat(jdbc.queryForMap("SELECT phone, client_name FROM client_mapping WHERE telegram_user_id = ?", user))
                .containsEntry("phone", "+79261112233").containsEntry("client_name", "Анна Петрова");
        assertThat(events("client", clientId).get(0).get("event_name")).isEqualTo("client.update");
    }

    @Test
    void serviceStaffAndCategoryChangesEvictTheCatalog() throws Exception {
        WireMockServer yclients = YclientsWireMock.reset();
        yclients.stubFor(get(urlPathEqualTo(BOOK_SERVICES)).willReturn(okJson(
                "{\"success\":true,\"data\":{\"services\":[],\"category\":[]},\"meta\":[]}")));
        askForTheCatalogTwice();
        yclients.verify(1, getRequestedFor(urlPathEqualTo(BOOK_SERVICES)));

        // Each change drops the company's cached catalog: the next question reaches Yclients, the one after is cached.
        catalogChange("service", "update", "{\"title\":\"Стрижка\"}");
        yclients.verify(2, getRequestedFor(urlPathEqualTo(BOOK_SERVICES)));
        catalogChange("staff", "delete", "[]");
        yclients.verify(3, getRequestedFor(urlPathEqualTo(BOOK_SERVICES)));
        catalogChange("service_category", "create", "{\"title\":\"Волосы\"}");
        yclients.verify(4, getRequestedFor(urlPathEqualTo(BOOK_SERVICES)));
    }

    @Test
    void anUnknownResourceIsStoredAndIgnored() throws Exception {
        long id = WebhookFixtures.nextId();

        assertThat(deliverWithBearer("{\"company_id\":1,\"resource\":\"finances_operation\",\"resource_id\":" + id
                + ",\"status\":\"create\",\"data\":{\"amount\":\"100.00\"}}").statusCode()).isEqualTo(200);

        await().until(() -> allProcessed("finances_operation", id));
        assertThat(events("finances_operation", id)).singleElement()
                .satisfies(event -> assertThat(event.get("event_name")).isEqualTo("ignored"));
    }

    private void catalogChange(String resource, String status, String data) throws Exception {
        long id = WebhookFixtures.nextId();
        deliverWithBearer("{\"company_id\":1,\"resource\":\"" + resource + "\",\"resource_id\":" + id
                + ",\"status\":\"" + status + "\",\"data\":" + data + "}");
        await().until(() -> allProcessed(resource, id));
        assertThat(events(resource, id)).singleElement()
                .satisfies(event -> assertThat(event.get("event_name")).isEqualTo("catalog.evict"));
        askForTheCatalogTwice();
    }

    /** What the dialog asks when it lists the salon's services, through the real (caching) funnel. */
    private void askForTheCatalogTwice() {
        for (int ask = 0; ask < 2; ask++) {
            producer.requestBodyAndHeaders("direct:yclients-book-services", null, Map.of("companyId", COMPANY));
        }
    }

    private List<String> history(long recordId) {
        return jdbc.queryForList("SELECT h.status || '/' || h.origin FROM booking_status_history h "
                + "JOIN booking b ON b.id = h.booking_id WHERE b.company_id = ? AND b.record_id = ? ORDER BY h.id",
                String.class, COMPANY, recordId);
    }
}
