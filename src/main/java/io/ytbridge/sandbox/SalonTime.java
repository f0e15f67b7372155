package io.ytbridge.sandbox;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a date-time the way Yclients accepts it: ISO with an offset (with or without colon, with or without
 * milliseconds), a local date-time in the salon's zone ("2026-05-12T10:00", "2026-05-12 10:00:00"), or unix seconds.
 */
final class SalonTime {

    private static final DateTimeFormatter OFFSET = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS]")
            .appendPattern("[XXX][XX]")
            .toFormatter();
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd[' ']['T']HH:mm[:ss][.SSS]")
            .toFormatter();

    private SalonTime() {
    }

    static Optional<ZonedDateTime> parse(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.trim();
        if (value.chars().allMatch(Character::isDigit)) {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(value)).atZone(zone));
        }
        try {
            return Optional.of(OffsetDateTime.parse(value, OFFSET).atZoneSameInstant(zone));
        } catch (DateTimeParseException notWithOffset) {
            try {
                return Optional.of(LocalDateTime.parse(value, LOCAL).atZone(zone));
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
    }
}
