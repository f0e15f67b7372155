package io.ytbridge.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The export over real HTTP. Its bookings live in March 2025 (salon time, Moscow), a range no other test uses. */
class BookingExportTest extends OpsApplicationTest {

    private static final String RANGE = "from=2025-03-10&to=2025-03-12";
    private final ObjectMapper json = new ObjectMapper();
    private static long tricky;
    private static long lastMinute;

    @BeforeEach
    void seedOnce() {
        if (tricky != 0) {
            return;
        }
        BookingFixtures fixtures = new BookingFixtures(jdbc);
        fixtures.user(9_250_001L, "+79161234567");
        fixtures.user(9_250_002L, "+79267654321");
        OffsetDateTime moscow = OffsetDateTime.parse("2025-03-10T10:15:00+03:00");
        tricky = fixtures.booking(9_250_001L, moscow, "Стрижка, \"люкс\"\nс укладкой", "Мария, топ-мастер", "cancelled");
        fixtures.history(tricky, "pending", "dialog", moscow);
        fixtures.history(tricky, "booked", "dialog", moscow.plusSeconds(2));
        fixtures.history(tricky, "cancelled", "webhook", moscow.plusHours(5));
        lastMinute = fixtures.booking(9_250_002L, OffsetDateTime.parse("2025-03-12T23:59:30+03:00"), "Маникюр",
                "Ольга", "booked");
        fixtures.history(lastMinute, "booked", "dialog", OffsetDateTime.parse("2025-03-12T23:59:31+03:00"));
        // Just outside the range on either side, in salon time (one is inside it in UTC).
        fixtures.booking(9_250_002L, OffsetDateTime.parse("2025-03-09T23:30:00+03:00"), "Вчера", "Ольга", "booked");
        fixtures.booking(9_250_002L, OffsetDateTime.parse("2025-03-13T00:00:30+03:00"), "Завтра", "Ольга", "booked");
    }

    @Test
    void csvHasAHeaderTheBookingsOfTheSalonDaysAndEscapesCommasQuotesAndLineBreaks() throws Exception {
        HttpResponse<String> response = adminGet("/admin/bookings/export?" + RANGE + "&format=csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/csv").contains("UTF-8"));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"bookings-2025-03-10-2025-03-12.csv\"");
        assertThat(response.headers().firstValue("Content-Length")).as("streamed, so no length up front").isEmpty();
        String body = response.body();
        assertThat(body).startsWith("\uFEFFbooking_id,created_at,source,company_id,record_id,telegram_user_id,"
                + "client_phone,service_ids,service_title,staff_id,staff_name,starts_at,price,status,status_history\r\n");
        List<String> records = csvRecords(body.substring(1));
        assertThat(records).hasSize(3);
        assertThat(records.get(1)).isEqualTo(tricky + ",2025-03-10T10:15+03:00,telegram_bot,1,,9250001,+7******4567,7,"
                + "\"Стрижка, \"\"люкс\"\"\nс укладкой\",3,\"Мария, топ-мастер\",2025-03-12T10:15+03:00,1500.00,cancelled,"
                + "pending 2025-03-10T10:15+03:00 (dialog); booked 2025-03-10T10:15:02+03:00 (dialog);"
                + " cancelled 2025-03-10T15:15+03:00 (webhook)");
        assertThat(records.get(2)).startsWith(lastMinute + ",2025-03-12T23:59:30+03:00,").contains(",+7******4321,");
        assertThat(body).doesNotContain("79161234567").doesNotContain("Вчера").doesNotContain("Завтра");
    }

    @Test
    void jsonlIsOneObjectPerBookingWithItsHistoryInOrder() throws Exception {
        HttpResponse<String> response = adminGet("/admin/bookings/export?" + RANGE + "&format=jsonl");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/x-ndjson"));
        String[] lines = response.body().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = json.readTree(lines[0]);
        assertThat(first.get("booking_id").asLong()).isEqualTo(tricky);
        assertThat(first.get("service_title").asText()).isEqualTo("Стрижка, \"люкс\"\nс укладкой");
        assertThat(first.get("client_phone").asText()).isEqualTo("+7******4567");
        assertThat(first.get("status").asText()).isEqualTo("cancelled");
        assertThat(first.get("status_history").findValuesAsText("status"))
                .containsExactly("pending", "booked", "cancelled");
        assertThat(first.get("status_history").get(2).get("origin").asText()).isEqualTo("webhook");
        assertThat(json.readTree(lines[1]).get("booking_id").asLong()).isEqualTo(lastMinute);
    }

    @Test
    void fullPhonesOnlyWhenAskedAndTheAskingIsAudited() throws Exception {
        HttpResponse<String> response = adminGet("/admin/bookings/export?" + RANGE + "&format=jsonl&phones=full");

        assertThat(response.body()).contains("\"client_phone\":\"+79161234567\"");
        // The gate writes its audit row once the response is complete, so the client may see the body first.
        await().untilAsserted(() -> assertThat(jdbc.queryForList("SELECT path FROM audit_log"
                + " WHERE external_system = 'admin' AND operation = 'bookings_export_full_phones'", String.class))
                .contains("/admin/bookings/export?" + RANGE + "&format=jsonl&phones=full"));
    }

    @Test
    void badParametersGetA400ThatSaysWhatIsWrong() throws Exception {
        assertBadRequest("/admin/bookings/export?to=2025-03-12", "from is required, as YYYY-MM-DD");
        assertBadRequest("/admin/bookings/export?from=2025-13-01&to=2025-03-12", "from must be a date as YYYY-MM-DD");
        assertBadRequest("/admin/bookings/export?from=2025-03-10&to=12.03.2025", "to must be a date as YYYY-MM-DD");
        assertBadRequest("/admin/bookings/export?from=2025-03-12&to=2025-03-10", "from must not be after to");
        assertBadRequest("/admin/bookings/export?" + RANGE + "&format=xml", "format must be csv or jsonl");
        assertBadRequest("/admin/bookings/export?" + RANGE + "&phones=some", "phones must be full or masked");
    }

    @Test
    void theExportNeedsTheAdminToken() throws Exception {
        assertThat(get("/admin/bookings/export?" + RANGE, null).statusCode()).isEqualTo(401);
        assertThat(get("/admin/bookings/export?" + RANGE + "&phones=full", "guess").body()).isEmpty();
    }

    private void assertBadRequest(String path, String error) throws Exception {
        HttpResponse<String> response = adminGet(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("error").asText()).as(path).isEqualTo(error);
    }

    /** Splits CSV into records, honouring quoted line breaks. */
    private static List<String> csvRecords(String csv) {
        List<String> records = new ArrayList<>();
        StringBuilder record = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (!quoted && c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                records.add(record.toString());
                record.setLength(0);
                i++;
            } else {
                record.append(c);
            }
        }
        return records;
    }
}
