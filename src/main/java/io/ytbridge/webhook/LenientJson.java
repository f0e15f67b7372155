package io.ytbridge.webhook;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Reads Yclients JSON the way it really comes: ids and numbers sometimes as strings, {@code []} where an object
 * belongs, datetimes with an offset written with or without a colon, or none at all, or as unix seconds.
 */
final class LenientJson {

    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final Pattern HAS_OFFSET = Pattern.compile(".*(Z|[+-]\\d{2}:\\d{2})$");

    private LenientJson() {
    }

    /** The node when it is an object; a missing node for null, {@code []} and anything else. */
    static JsonNode object(JsonNode node) {
        return node != null && node.isObject() ? node : MissingNode.getInstance();
    }

    static String text(JsonNode node) {
        if (node == null || !(node.isTextual() || node.isNumber() || node.isBoolean())) {
            return null;
        }
        String text = node.asText().trim();
        return text.isEmpty() ? null : text;
    }

    static Long longValue(JsonNode node) {
        if (node != null && node.isIntegralNumber()) {
            return node.longValue();
        }
        String text = text(node);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    static Integer intValue(JsonNode node) {
        Long value = longValue(node);
        return value == null || value != value.intValue() ? null : value.intValue();
    }

    /** true, 1, "1", "true"; everything else, including absence, is false. */
    static boolean flag(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        String text = text(node);
        return text != null && (text.equals("1") || text.equalsIgnoreCase("true"));
    }

    /**
     * A datetime; without an offset it is wall-clock time in {@code zone}. Null when absent or unreadable, and when
     * outside the years 1900-9999: a delivery with such a date is odd, not a reason to refuse it or to fail storing it.
     */
    static OffsetDateTime dateTime(JsonNode node, ZoneId zone) {
        try {
            OffsetDateTime dateTime = anyDateTime(node, zone);
            return dateTime == null || dateTime.getYear() < 1900 || dateTime.getYear() > 9999 ? null : dateTime;
        } catch (DateTimeException | NumberFormatException unreadable) {
            return null;
        }
    }

    private static OffsetDateTime anyDateTime(JsonNode node, ZoneId zone) {
        if (node != null && node.isNumber()) {
            return Instant.ofEpochSecond(node.longValue()).atOffset(ZoneOffset.UTC);
        }
        String text = text(node);
        if (text == null) {
            return null;
        }
        if (text.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochSecond(Long.parseLong(text)).atOffset(ZoneOffset.UTC);
        }
        // "2026-03-20 14:00:00", as the record's "date" has it
        String iso = text.length() > 10 && text.charAt(10) == ' '
                ? text.substring(0, 10) + 'T' + text.substring(11) : text;
        Matcher offset = OFFSET_WITHOUT_COLON.matcher(iso);
        if (iso.length() > 19 && offset.find()) {
            iso = offset.replaceFirst("$1:$2");
        }
        return HAS_OFFSET.matcher(iso).matches() ? OffsetDateTime.parse(iso)
                : LocalDateTime.parse(iso).atZone(zone).toOffsetDateTime();
    }

    /** A TIMESTAMP WITH TIME ZONE as JDBC drivers hand it over: H2 as OffsetDateTime, PostgreSQL as Timestamp. */
    static OffsetDateTime databaseTime(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.time.ZonedDateTime time) {
            return time.toOffsetDateTime();
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return null;
    }
}
