package io.ytbridge.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The dedupe key: repeats of one change share it, true changes do not. */
class WebhookEventParserTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final WebhookEventParser parser = new WebhookEventParser(mapper);

    private static final String RECORD = """
            {"company_id":1,"resource":"record","resource_id":501,"status":"update","data":{"id":501,"staff_id":6544,
             "services":[{"id":331}],"client":{"id":401,"phone":"+79161234567"},"datetime":"2026-03-20T14:00:00+0300",
             "attendance":%s,"confirmed":1,"deleted":false,"last_change_date":"2026-03-19T10:00:00+0300",
             "sms_now":%s}}""";

    private WebhookEvent parse(String text) throws Exception {
        return parser.parseDelivery(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void repeatsOfOneChangeShareAKeyEvenWhenNoiseOrIdTypesDiffer() throws Exception {
        WebhookEvent first = parse(RECORD.formatted("2", "false"));
        WebhookEvent noisy = parse(RECORD.formatted("\"2\"", "true").replace("\"company_id\":1", "\"company_id\":\"1\"")
                .replace("\"resource_id\":501", "\"resource_id\":\"501\"").replace("+0300", "+03:00"));

        assertThat(noisy.dedupeKey()).isEqualTo(first.dedupeKey()).hasSize(64);
        assertThat(noisy.companyId()).isEqualTo(1L);
        assertThat(noisy.resourceId()).isEqualTo(501L);
    }

    @Test
    void aChangeTheClientCouldNoticeIsANewEvent() throws Exception {
        String confirmed = RECORD.formatted("2", "false");

        assertThat(parse(RECORD.formatted("-1", "false")).dedupeKey()).isNotEqualTo(parse(confirmed).dedupeKey());
        assertThat(parse(confirmed.replace("14:00:00", "15:00:00")).dedupeKey()).isNotEqualTo(parse(confirmed).dedupeKey());
        assertThat(parse(confirmed.replace("\"update\"", "\"create\"")).dedupeKey()).isNotEqualTo(parse(confirmed).dedupeKey());
        assertThat(parse(confirmed.replace("2026-03-19T10:00", "2026-03-19T11:00")).dedupeKey())
                .isNotEqualTo(parse(confirmed).dedupeKey());
    }

    @Test
    void otherResourcesAreKeyedOnAllTheirData() throws Exception {
        String service = "{\"company_id\":1,\"resource\":\"service\",\"resource_id\":7,\"status\":\"update\","
                + "\"data\":{\"title\":\"Стрижка\",\"price_min\":1500}}";

        assertThat(parse(service).dedupeKey()).isEqualTo(parse(service.replace("{\"title\":\"Стрижка\",\"price_min\":1500}",
                "{\"price_min\":1500,\"title\":\"Стрижка\"}")).dedupeKey());
        assertThat(parse(service).dedupeKey()).isNotEqualTo(parse(service.replace("1500", "1600")).dedupeKey());
    }

    @Test
    void aRecordReadFromYclientsGetsTheKeyItsWebhookWouldHave() throws Exception {
        String delivery = RECORD.formatted("2", "false");
        WebhookEvent delivered = parse(delivery);

        WebhookEvent synthesised = parser.fromRecord(1, mapper.readTree(delivery).get("data"));

        assertThat(synthesised.dedupeKey()).isEqualTo(delivered.dedupeKey());
        assertThat(synthesised.origin()).isEqualTo("reconcile");
        assertThat(mapper.readTree(synthesised.payload()).get("resource").asText()).isEqualTo("record");
    }

    @Test
    void thePayloadKeepsTheBodyExactly() throws Exception {
        String text = "{\"resource\":\"client\",\"status\":\"update\",\"data\":{\"name\":\"Алёна\"}}  ";

        assertThat(parse(text).payload()).isEqualTo(text);
    }

    @Test
    void whatIsNoWebhookIsRefused() {
        for (String text : new String[] {"", "null", "42", "[]", "{\"resource\":\"record\"}", "{\"status\":\"update\"}",
                "{\"resource\":\"\",\"status\":\"update\"}", "{\"resource\":{},\"status\":\"update\"}",
                "{\"resource\":\"record\",\"status\":\"" + "x".repeat(17) + "\"}", "{\"a\":1} {\"b\":2}"}) {
            assertThatThrownBy(() -> parse(text)).as(text).isInstanceOf(InvalidWebhookPayloadException.class);
        }
        assertThatThrownBy(() -> parser.parseDelivery(null)).isInstanceOf(InvalidWebhookPayloadException.class);
    }
}
