package io.ytbridge.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class LenientJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Test
    void datetimesBeyondAnyCalendarAreUnreadableNotFailures() throws Exception {
        for (String value : new String[] {"99999999999999999", "\"99999999999999999\"", "\"999999999999999999999999\"",
                "-99999999999", "\"+999999-01-01T00:00:00+03:00\""}) {
            assertThat(LenientJson.dateTime(JSON.readTree(value), MOSCOW)).as(value).isNull();
        }
    }

    @Test
    void yclientsDatetimesStillRead() throws Exception {
        assertThat(LenientJson.dateTime(JSON.readTree("\"2026-03-20T14:00:00+0300\""), MOSCOW))
                .hasToString("2026-03-20T14:00+03:00");
        assertThat(LenientJson.dateTime(JSON.readTree("1767225600"), MOSCOW)).hasToString("2026-01-01T00:00Z");
    }
}
