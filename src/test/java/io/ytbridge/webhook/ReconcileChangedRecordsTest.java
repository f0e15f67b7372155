package io.ytbridge.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.ytbridge.support.BotApiWireMock.sentTo;
import static io.ytbridge.webhook.WebhookFixtures.inDays;
import static io.ytbridge.webhook.WebhookFixtures.recordEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.ytbridge.support.PrometheusScrape;
import io.ytbridge.support.YclientsWireMock;
import org.junit.jupiter.api.Test;

/** With a salon user's login, reconciliation asks Yclients for changed records: a lost webhook is caught, told once. */
class ReconcileChangedRecordsTest extends WebhookApplicationTestBase {

    @Test
    void aLostWebhookIsCaughtByReconciliationAndToldOnce() throws Exception {
        WebhookFixtures fixtures = fixtures();
        long user = fixtures.user("ru");
        long recordId = WebhookFixtures.nextId();
        OffsetDateTime startsAt = inDays(2, 9);
        fixtures.botBooking(user, recordId, "booked", startsAt);
        // The webhook that would have told us never came; GET /records has the confirmed record.
        String lostDelivery = recordEvent(recordId, "update", 2, false, startsAt, inDays(0, 9), 501, "+79160000501");
        JsonNode confirmedRecord = new ObjectMapper().readTree(lostDelivery).get("data");
        WireMockServer yclients = YclientsWireMock.reset();
        yclients.stubFor(get(urlPathEqualTo("/api/v1/records/1")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"success\":true,\"data\":[" + confirmedRecord + "],\"meta\":{\"total_count\":1}}")));

        producer.requestBody("direct:reconcile-run", (Object) null);
        await().until(() -> allProcessed("record", recordId));
        producer.requestBody("direct:reconcile-run", (Object) null);
        // The webhook turns up after all: same state, nothing new to tell.
        assertThat(deliverWithBearer(lostDelivery).statusCode()).isEqualTo(200);
        await().until(() -> allProcessed("record", recordId));

        assertThat(sentTo(user)).singleElement()
                .satisfies(message -> assertThat(message.text()).startsWith("✅ Салон подтвердил вашу запись"));
        assertThat(events("record", recordId)).extracting(event -> event.get("origin")).contains("reconcile");
        assertThat(fixtures.bookingStatus(recordId)).isEqualTo("confirmed");
        yclients.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/records/1"))
                .withQueryParam("changed_after", matching("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}")));
        assertThat(jdbc.queryForObject("SELECT state_value FROM bridge_state WHERE name = 'reconcile.changed-after'",
                Long.class)).isGreaterThan(OffsetDateTime.now().minusMinutes(5).toEpochSecond());
    }

    @Test
    void eachRunReportsHowFarBehindTheLastRunLeftTheBookings() throws Exception {
        WireMockServer yclients = YclientsWireMock.reset();
        yclients.stubFor(get(urlPathEqualTo("/api/v1/records/1")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"success\":true,\"data\":[],\"meta\":{\"total_count\":0}}")));
        long anHourAgo = Instant.now().minusSeconds(3600).getEpochSecond();
        if (jdbc.update("UPDATE bridge_state SET state_value = ? WHERE name = 'reconcile.changed-after'", anHourAgo) == 0) {
            jdbc.update("INSERT INTO bridge_state (name, state_value) VALUES ('reconcile.changed-after', ?)", anHourAgo);
        }

        producer.requestBody("direct:reconcile-run", (Object) null);

        assertThat(PrometheusScrape.value(PrometheusScrape.fetch(port), "bridge_reconciliation_lag_seconds"))
                .isBetween(3600.0, 3660.0);
    }
}
