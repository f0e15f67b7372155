package io.ytbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class SalonScheduleTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    // Monday 2026-03-02 08:00 in Moscow
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T05:00:00Z"), MOSCOW);
    private final SalonSchedule schedule = new SalonSchedule(MOSCOW, CLOCK);
    private final SalonSchedule.WorkingHours weekdays = SalonSchedule.WorkingHours.parse("1,2,3,4,5", "10:00", "13:00");

    @Test
    void freeStartsEveryHalfHourWhereTheWholeServiceFits() {
        List<ZonedDateTime> starts = schedule.freeStarts(weekdays, LocalDate.of(2026, 3, 2), Duration.ofHours(1), List.of());
        assertThat(starts).extracting(start -> start.toLocalTime().toString())
                .containsExactly("10:00", "10:30", "11:00", "11:30", "12:00");
        assertThat(starts.get(0).getOffset().getTotalSeconds()).isEqualTo(3 * 3600);
    }

    @Test
    void aRecordTakesEveryStartThatWouldOverlapIt() {
        Instant elevenOClock = ZonedDateTime.of(2026, 3, 2, 11, 0, 0, 0, MOSCOW).toInstant();
        List<ZonedDateTime> starts = schedule.freeStarts(weekdays, LocalDate.of(2026, 3, 2), Duration.ofHours(1),
                List.of(new SalonSchedule.Busy(elevenOClock, elevenOClock.plus(Duration.ofHours(1)))));
        assertThat(starts).extracting(start -> start.toLocalTime().toString()).containsExactly("10:00", "12:00");
    }

    @Test
    void noTimesOnDaysOffInThePastOrBeyondTheHorizon() {
        assertThat(schedule.freeStarts(weekdays, LocalDate.of(2026, 3, 7), Duration.ofHours(1), List.of())).isEmpty();
        assertThat(schedule.freeStarts(weekdays, LocalDate.of(2026, 3, 1), Duration.ofHours(1), List.of())).isEmpty();
        assertThat(schedule.freeStarts(weekdays, LocalDate.of(2026, 4, 6), Duration.ofHours(1), List.of())).isEmpty();
        assertThat(schedule.horizon()).hasSize(SalonSchedule.BOOKING_HORIZON_DAYS + 1);
    }

    @Test
    void phonesAndTimesAreReadLeniently() {
        assertThat(SalonBook.normalizePhone("8 (916) 123-45-67")).contains("+79161234567");
        assertThat(SalonBook.normalizePhone("9161234567")).contains("+79161234567");
        assertThat(SalonBook.normalizePhone("12-34")).isEmpty();
        Instant ten = ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, MOSCOW).toInstant();
        for (String text : new String[] {"2026-03-02T10:00:00+03:00", "2026-03-02T10:00:00.000+0300", "2026-03-02T07:00:00Z",
                "2026-03-02 10:00:00", "2026-03-02T10:00", Long.toString(ten.getEpochSecond())}) {
            assertThat(SalonTime.parse(text, MOSCOW)).as(text).map(ZonedDateTime::toInstant).contains(ten);
        }
        assertThat(SalonTime.parse("tomorrow", MOSCOW)).isEmpty();
    }
}
