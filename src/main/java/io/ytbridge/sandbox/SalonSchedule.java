package io.ytbridge.sandbox;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a master is free: the weekly working hours minus the records in the book, in the salon's time zone, within
 * the online-booking horizon. Free starts come every {@link #SLOT_STEP}; a start is free when the whole service
 * length fits into the working hours without touching another record.
 */
final class SalonSchedule {

    static final Duration SLOT_STEP = Duration.ofMinutes(30);
    static final int BOOKING_HORIZON_DAYS = 30;

    /** ISO weekdays (1 = Monday) and one working interval, e.g. "1,2,3,4,5" 10:00-19:00. */
    record WorkingHours(Set<DayOfWeek> weekdays, LocalTime start, LocalTime end) {

        static WorkingHours parse(String isoWeekdays, String start, String end) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            Arrays.stream(isoWeekdays.split(",")).map(String::trim).map(Integer::parseInt).map(DayOfWeek::of)
                    .forEach(days::add);
            return new WorkingHours(days, LocalTime.parse(start), LocalTime.parse(end));
        }

        String isoWeekdays() {
            return weekdays.stream().map(day -> Integer.toString(day.getValue())).collect(Collectors.joining(","));
        }

        boolean worksOn(LocalDate date) {
            return weekdays.contains(date.getDayOfWeek());
        }
    }

    record Busy(Instant start, Instant end) {

        boolean overlaps(Instant otherStart, Instant otherEnd) {
            return start.isBefore(otherEnd) && otherStart.isBefore(end);
        }
    }

    private final ZoneId zone;
    private final Clock clock;

    SalonSchedule(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    ZoneId zone() {
        return zone;
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    LocalDate lastBookableDate() {
        return today().plusDays(BOOKING_HORIZON_DAYS);
    }

    boolean bookable(LocalDate date) {
        return !date.isBefore(today()) && !date.isAfter(lastBookableDate());
    }

    /** Every date from today to the end of the booking horizon. */
    List<LocalDate> horizon() {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate date = today(); !date.isAfter(lastBookableDate()); date = date.plusDays(1)) {
            dates.add(date);
        }
        return dates;
    }

    List<ZonedDateTime> freeStarts(WorkingHours hours, LocalDate date, Duration length, List<Busy> busy) {
        if (!hours.worksOn(date) || !bookable(date)) {
            return List.of();
        }
        Instant now = clock.instant();
        ZonedDateTime closing = date.atTime(hours.end()).atZone(zone);
        List<ZonedDateTime> free = new ArrayList<>();
        for (ZonedDateTime start = date.atTime(hours.start()).atZone(zone); !start.plus(length).isAfter(closing);
                start = start.plus(SLOT_STEP)) {
            Instant from = start.toInstant();
            Instant to = from.plus(length);
            if (from.isAfter(now) && busy.stream().noneMatch(b -> b.overlaps(from, to))) {
                free.add(start);
            }
        }
        return free;
    }

    boolean isFree(WorkingHours hours, ZonedDateTime start, Duration length, List<Busy> busy) {
        return freeStarts(hours, start.withZoneSameInstant(zone).toLocalDate(), length, busy).stream()
                .anyMatch(free -> free.toInstant().equals(start.toInstant()));
    }
}
