package io.ytbridge.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class AuditQueryTest extends OpsApplicationTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void oneRequestTellsWhatHappenedToOneBookingNewestFirst() throws Exception {
        String record = "record-" + UUID.randomUUID();
        row("2026-04-01T10:00:00Z", "yclients", "book_record", "ok", record);
        row("2026-04-01T10:05:00Z", "webhook", "record_update", "ok", record);
        row("2026-04-02T08:00:00Z", "telegram", "send_message", "rate_limited", record);
        row("2026-04-02T08:00:00Z", "telegram", "send_message", "ok", "someone-else");

        JsonNode rows = json.readTree(adminGet("/admin/audit?correlationId=" + record).body());

        assertThat(rows.findValuesAsText("operation")).containsExactly("send_message", "record_update", "book_record");
        JsonNode newest = rows.get(0);
        assertThat(newest.get("system").asText()).isEqualTo("telegram");
        assertThat(newest.get("outcome").asText()).isEqualTo("rate_limited");
        assertThat(newest.get("occurredAt").asText()).isEqualTo("2026-04-02T11:00+03:00");
        assertThat(newest.get("httpStatus").asInt()).isEqualTo(200);
    }

    @Test
    void filtersCombineByTimeRangeOperationOutcomeSystemAndLimit() throws Exception {
        String tag = "filters-" + UUID.randomUUID();
        row("2026-05-01T20:59:59Z", "yclients", "book_times", "ok", tag);      // 23:59:59 on May 1st in Moscow
        row("2026-05-01T21:00:00Z", "yclients", "book_times", "unavailable", tag); // May 2nd in Moscow
        row("2026-05-02T12:00:00Z", "yclients", "book_dates", "ok", tag);
        row("2026-05-03T12:00:00Z", "telegram", "book_times", "ok", tag);

        assertThat(ids("from=2026-05-02&to=2026-05-02&correlationId=" + tag)).hasSize(2);
        assertThat(ids("from=2026-05-02&operation=book_times&correlationId=" + tag)).hasSize(2);
        assertThat(ids("operation=book_times&outcome=unavailable&correlationId=" + tag)).hasSize(1);
        assertThat(ids("system=telegram&correlationId=" + tag)).hasSize(1);
        assertThat(ids("from=" + enc("2026-05-01T21:00:00Z") + "&to=" + enc("2026-05-02T12:00:00Z")
                + "&correlationId=" + tag)).hasSize(1);
        assertThat(ids("limit=3&correlationId=" + tag)).hasSize(3);
    }

    @Test
    void filterValuesAreBoundNeverSpliced() throws Exception {
        String tag = "bound-" + UUID.randomUUID();
        row("2026-06-01T10:00:00Z", "yclients", "book_times", "ok", tag);
        HttpResponse<String> response = adminGet("/admin/audit?operation=" + enc("x' OR '1'='1") + "&limit=1000");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body())).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE correlation_id = ?", Long.class, tag))
                .isEqualTo(1);
    }

    @Test
    void badParametersGetA400() throws Exception {
        for (String query : new String[] {"from=yesterday", "to=2026-02-30", "limit=0", "limit=1001", "limit=ten"}) {
            HttpResponse<String> response = adminGet("/admin/audit?" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(json.readTree(response.body()).get("error").asText()).as(query).isNotBlank();
        }
        assertThat(get("/admin/audit", null).statusCode()).isEqualTo(401);
    }

    private JsonNode ids(String query) throws Exception {
        HttpResponse<String> response = adminGet("/admin/audit?" + query);
        assertThat(response.statusCode()).as(query).isEqualTo(200);
        return json.readTree(response.body());
    }

    private void row(String at, String system, String operation, String outcome, String correlationId) {
        jdbc.update("INSERT INTO audit_log (occurred_at, external_system, operation, method, path, http_status,"
                + " latency_ms, outcome, correlation_id) VALUES (?, ?, ?, 'GET', '/x', 200, 5, ?, ?)",
                Timestamp.from(OffsetDateTime.parse(at).toInstant()), system, operation, outcome, correlationId);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
