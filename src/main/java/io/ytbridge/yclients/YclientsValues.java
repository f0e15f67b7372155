package io.ytbridge.yclients;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import org.springframework.stereotype.Component;

/**
 * Reads Yclients values the way they really arrive: ids and prices as numbers or strings ({@code "16"},
 * {@code "1000.00"}), {@code []} where an object is meant, datetimes as ISO with or without a colon in the offset
 * ({@code +0900}) or as unix seconds. Every reader returns null (or an empty object/list) for absent or blank
 * values instead of failing, so one odd field never breaks a whole answer. Bean {@code yclientsValues}.
 */
@Component("yclientsValues")
public class YclientsValues {

    private static final Pattern UNIX_SECONDS = Pattern.compile("-?\\d{9,11}");
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final DateTimeFormatter LOCAL_DATE_TIME = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd")
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    public Long asLong(JsonNode node) {
        BigDecimal decimal = asDecimal(node);
        return decimal == null ? null : decimal.longValue();
    }

    public BigDecimal asDecimal(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isContainerNode()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        String text = node.asText().trim().replace(',', '.').replace(" ", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    public boolean asBoolean(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return false;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        BigDecimal number = asDecimal(node);
        return number != null ? number.signum() != 0 : "true".equalsIgnoreCase(node.asText().trim());
    }

    /** The object, or an empty object when Yclients sent {@code []}, null or nothing. */
    public JsonNode asObject(JsonNode node) {
        return node != null && node.isObject() ? node : JsonNodeFactory.instance.objectNode();
    }

    /** The array's elements; a single object counts as a one-element list; null, {@code {}} and absent as empty. */
    public List<JsonNode> asList(JsonNode node) {
        List<JsonNode> list = new ArrayList<>();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return list;
        }
        if (node.isArray()) {
            node.forEach(list::add);
        } else if (!(node.isObject() && node.isEmpty())) {
            list.add(node);
        }
        return list;
    }

    /**
     * A point in time from any form Yclients uses. A datetime without an offset is read in {@code zone}
     * (the salon's {@code timezone_name}); null when the value is absent or unreadable.
     */
    public OffsetDateTime asDateTime(JsonNode node, ZoneId zone) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isContainerNode()) {
            return null;
        }
        if (node.isNumber()) {
            return ofUnixSeconds(node.longValue(), zone);
        }
        return asDateTime(node.asText(), zone);
    }

    public OffsetDateTime asDateTime(String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        if (UNIX_SECONDS.matcher(text).matches()) {
            return ofUnixSeconds(Long.parseLong(text), zone);
        }
        String iso = OFFSET_WITHOUT_COLON.matcher(text).replaceFirst("$1:$2");
        try {
            return OffsetDateTime.parse(iso.replace(' ', 'T'));
        } catch (DateTimeParseException noOffset) {
            try {
                return LocalDateTime.parse(text, LOCAL_DATE_TIME).atZone(zone).toOffsetDateTime();
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    /** Ids from a {@code List}, an array, a comma-separated string or a single number: {@code "1, 2"} → [1, 2]. */
    public List<Long> idList(Object ids) {
        List<Long> list = new ArrayList<>();
        if (ids == null) {
            return list;
        }
        if (ids instanceof Collection<?> collection) {
            collection.forEach(id -> list.addAll(idList(id)));
        } else if (ids instanceof Object[] array) {
            for (Object id : array) {
                list.addAll(idList(id));
            }
        } else if (ids instanceof JsonNode node && node.isArray()) {
            node.forEach(id -> list.addAll(idList(id.asText())));
        } else {
            for (String part : ids.toString().replaceAll("[\\[\\]\"]", "").split(",")) {
                if (!part.isBlank()) {
                    list.add(Long.valueOf(part.trim()));
                }
            }
        }
        return list;
    }

    /** Ids as the comma-separated string the operation routes put into queries ({@code service_ids[]=1,2}). */
    public String commaList(Object ids) {
        return String.join(",", idList(ids).stream().map(String::valueOf).toList());
    }

    /** Null for a number no calendar holds (an answer with one odd field must still be read). */
    private static OffsetDateTime ofUnixSeconds(long seconds, ZoneId zone) {
        try {
            return Instant.ofEpochSecond(seconds).atZone(zone).toOffsetDateTime();
        } catch (java.time.DateTimeException beyondAnyCalendar) {
            return null;
        }
    }
}
