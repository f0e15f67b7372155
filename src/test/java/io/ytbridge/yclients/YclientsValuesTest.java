package io.ytbridge.yclients;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** Every quirk of the contract sheet, read the same way as the clean form. */
class YclientsValuesTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private final YclientsValues values = new YclientsValues();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void idsAndPricesArriveAsNumbersOrStrings() throws Exception {
        JsonNode service = json.readTree("{\"id\": \"16\", \"staff_id\": 6544, \"price_min\": \"1000.00\", "
                + "\"price_max\": 1500.5, \"discount\": \"\", \"bookable\": \"1\", \"active\": false}");

        assertThat(values.asLong(service.path("id"))).isEqualTo(16L);
        assertThat(values.asLong(service.path("staff_id"))).isEqualTo(6544L);
        assertThat(values.asDecimal(service.path("price_min"))).isEqualByComparingTo(new BigDecimal("1000"));
        assertThat(values.asDecimal(service.path("price_max"))).isEqualByComparingTo(new BigDecimal("1500.5"));
        assertThat(values.asDecimal(service.path("discount"))).isNull();
        assertThat(values.asDecimal(service.path("missing"))).isNull();
        assertThat(values.asBoolean(service.path("bookable"))).isTrue();
        assertThat(values.asBoolean(service.path("active"))).isFalse();
    }

    @Test
    void emptyArrayStandsInForAnObject() throws Exception {
        JsonNode record = json.readTree("{\"meta\": [], \"position\": [], \"staff\": {\"id\": 1}}");

        assertThat(values.asObject(record.path("meta")).isObject()).isTrue();
        assertThat(values.asObject(record.path("position")).path("title").isMissingNode()).isTrue();
        assertThat(values.asObject(record.path("staff")).path("id").asInt()).isEqualTo(1);
        assertThat(values.asList(json.readTree("{}"))).isEmpty();
        assertThat(values.asList(json.readTree("{\"id\": 1}"))).hasSize(1);
    }

    @Test
    void datetimesWithAndWithoutColonInTheOffsetAndAsUnixSecondsAreTheSameInstant() throws Exception {
        OffsetDateTime expected = OffsetDateTime.parse("2026-09-21T23:00:00-05:00");

        assertThat(values.asDateTime(json.readTree("\"2026-09-21T23:00:00.000-05:00\""), MOSCOW)).isEqualTo(expected);
        assertThat(values.asDateTime("2026-09-21T23:00:00-0500", MOSCOW)).isEqualTo(expected);
        assertThat(values.asDateTime("2026-09-22 04:00:00+0000", MOSCOW).toInstant()).isEqualTo(expected.toInstant());
        long unix = expected.toEpochSecond();
        assertThat(values.asDateTime(json.readTree(String.valueOf(unix)), MOSCOW).toInstant())
                .isEqualTo(expected.toInstant());
        assertThat(values.asDateTime(json.readTree("\"" + unix + "\""), MOSCOW).toInstant())
                .isEqualTo(expected.toInstant());
    }

    @Test
    void datetimeWithoutOffsetIsTheSalonsLocalTime() {
        assertThat(values.asDateTime("2026-09-22 07:00:00", MOSCOW))
                .isEqualTo(OffsetDateTime.parse("2026-09-22T07:00:00+03:00"));
        assertThat(values.asDateTime("2026-09-22T07:00", MOSCOW))
                .isEqualTo(OffsetDateTime.parse("2026-09-22T07:00:00+03:00"));
        assertThat(values.asDateTime("not a date", MOSCOW)).isNull();
        assertThat(values.asDateTime("", MOSCOW)).isNull();
    }

    @Test
    void idListsComeInEveryShape() {
        assertThat(values.idList(List.of(1L, 2L))).containsExactly(1L, 2L);
        assertThat(values.idList("3, 4")).containsExactly(3L, 4L);
        assertThat(values.idList("[5, 6]")).containsExactly(5L, 6L);
        assertThat(values.idList(7)).containsExactly(7L);
        assertThat(values.commaList(List.of("8", 9))).isEqualTo("8,9");
        assertThat(values.idList(null)).isEmpty();
    }

    @Test
    void aUnixTimeBeyondAnyCalendarReadsAsAbsentInsteadOfFailing() throws Exception {
        assertThat(values.asDateTime(json.readTree("9223372036854775807"), MOSCOW)).isNull();
        assertThat(values.asDateTime(json.readTree("-9223372036854775808"), MOSCOW)).isNull();
    }
}
