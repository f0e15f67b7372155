package io.ytbridge.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

/** Yclients' records as they really come, read leniently. */
class RecordSnapshotTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void datetimesAreReadWithOrWithoutAColonInTheOffsetWithoutOneOrAsUnixSeconds() {
        OffsetDateTime expected = OffsetDateTime.of(2026, 3, 20, 11, 0, 0, 0, ZoneOffset.UTC);

        for (String text : new String[] {"2026-03-20T14:00:00+0300", "2026-03-20T14:00:00+03:00",
                "2026-03-20T06:00:00.000-05:00", "2026-03-20T11:00:00Z", "2026-03-20 14:00:00", "2026-03-20T14:00:00",
                "1774004400"}) {
            assertThat(LenientJson.dateTime(TextNode.valueOf(text), MOSCOW)).as(text).isAtSameInstantAs(expected);
        }
        assertThat(LenientJson.dateTime(IntNode.valueOf(1774004400), MOSCOW)).isAtSameInstantAs(expected);
        assertThat(LenientJson.dateTime(TextNode.valueOf("tomorrow"), MOSCOW)).isNull();
        assertThat(LenientJson.dateTime(null, MOSCOW)).isNull();
    }

    @Test
    void idsAsStringsAndEmptyArraysForObjectsAreTolerated() throws Exception {
        JsonNode record = mapper.readTree("""
                {"id":"501","staff_id":"","staff":{"id":"77","name":"Мария"},"client":[],"services":[{"id":"331"},[],{"id":"x"}],
                 "datetime":"2026-03-20T14:00:00+0300","attendance":"0","confirmed":0,"deleted":"0"}""");

        RecordSnapshot snapshot = RecordSnapshot.of(1L, 999L, "update", record, MOSCOW);

        assertThat(snapshot.recordId()).isEqualTo(501L);
        assertThat(snapshot.staffId()).isEqualTo(77L);
        assertThat(snapshot.staffName()).isEqualTo("Мария");
        assertThat(snapshot.clientId()).isNull();
        assertThat(snapshot.serviceIds()).containsExactly(331L);
        assertThat(snapshot.state()).isEqualTo(RecordState.WAITING);
    }

    @Test
    void theStateFollowsDeletedAttendanceAndConfirmed() throws Exception {
        assertThat(state("update", "{\"attendance\":2,\"confirmed\":0}")).isEqualTo(RecordState.CONFIRMED);
        assertThat(state("update", "{\"attendance\":0,\"confirmed\":1}")).isEqualTo(RecordState.CONFIRMED);
        assertThat(state("update", "{\"attendance\":0,\"confirmed\":0}")).isEqualTo(RecordState.WAITING);
        assertThat(state("update", "{\"attendance\":1,\"confirmed\":1}")).isEqualTo(RecordState.VISITED);
        assertThat(state("update", "{\"attendance\":\"-1\",\"confirmed\":1}")).isEqualTo(RecordState.CANCELLED);
        assertThat(state("update", "{\"attendance\":2,\"deleted\":true}")).isEqualTo(RecordState.CANCELLED);
        assertThat(state("delete", "{\"attendance\":2}")).isEqualTo(RecordState.CANCELLED);
    }

    @Test
    void whatNamesServiceAndMasterFromTheRecordOrElseFromTheBooking() throws Exception {
        RecordSnapshot withTitles = RecordSnapshot.of(1L, 1L, "update", mapper.readTree(
                "{\"services\":[{\"id\":1,\"title\":\"Стрижка\"},{\"id\":2,\"title\":\"Укладка\"}],\"staff\":{\"name\":\"Мария\"}}"),
                MOSCOW);
        RecordSnapshot bare = RecordSnapshot.of(1L, 1L, "update", mapper.readTree("{}"), MOSCOW);

        assertThat(withTitles.what("old", "old")).isEqualTo("Стрижка, Укладка — Мария");
        assertThat(bare.what("Маникюр", null)).isEqualTo("Маникюр");
        assertThat(bare.what(null, null)).isNull();
    }

    private RecordState state(String status, String json) throws Exception {
        return RecordSnapshot.of(1L, 1L, status, mapper.readTree(json), MOSCOW).state();
    }
}
