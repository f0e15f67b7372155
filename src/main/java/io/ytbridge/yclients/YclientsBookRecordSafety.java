package io.ytbridge.yclients;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * What makes {@code book_record} safe to repeat after a timeout. Every booking carries a marker, {@code api_id}
 * (our own number, kept as is when the caller set one); after a timeout the route looks for a record with that
 * marker in the company's records of that day (B2B), or, without B2B access, asks {@code book_check} whether the
 * slot is still free. Bean {@code yclientsBookRecordSafety}.
 */
@Component("yclientsBookRecordSafety")
public class YclientsBookRecordSafety {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final YclientsValues values;
    private final YclientsCacheEviction eviction;
    private final AtomicLong lastMarker = new AtomicLong();

    public YclientsBookRecordSafety(ObjectMapper json, YclientsValues values, YclientsCacheEviction eviction) {
        this.json = json;
        this.values = values;
        this.eviction = eviction;
    }

    /** The booking request with an {@code api_id}; a new, unique one when the caller gave none. */
    public Map<String, Object> withMarker(Object request) {
        Map<String, Object> booking = new LinkedHashMap<>(json.convertValue(tree(request), MAP));
        if (booking.get("api_id") == null || booking.get("api_id").toString().isBlank()) {
            booking.put("api_id", nextMarker());
        }
        return booking;
    }

    /** First day to search for the booking: the day before its first appointment (time zones differ). */
    public String searchFrom(Object request) {
        LocalDate day = firstDay(request);
        return day == null ? null : day.minusDays(1).toString();
    }

    /** Last day to search for the booking: the day after its first appointment. */
    public String searchTo(Object request) {
        LocalDate day = firstDay(request);
        return day == null ? null : day.plusDays(1).toString();
    }

    /**
     * The records among {@code records} (a records-list answer) that this booking created, in book_record's own
     * answer shape ({@code [{id, record_id, record_hash}]}; the hash is unknown there, so null); null when none.
     */
    public JsonNode createdRecords(JsonNode records, Object request) {
        JsonNode booking = tree(request);
        String marker = booking.path("api_id").asText();
        ArrayNode created = json.createArrayNode();
        for (JsonNode record : values.asList(records)) {
            if (!marker.isBlank() && marker.equals(record.path("api_id").asText())) {
                ObjectNode found = created.addObject();
                found.put("id", created.size());
                found.put("record_id", values.asLong(record.path("id")));
                found.putNull("record_hash");
            }
        }
        return created.isEmpty() ? null : created;
    }

    /** The {@code book_check} request for the same appointments. */
    public Map<String, Object> checkRequest(Object request) {
        return Map.of("appointments", json.convertValue(tree(request).path("appointments"), List.class));
    }

    /** Drops the cached free times of every master and date this booking request touches. */
    public void evictTouchedSlots(String companyId, Object request) {
        for (JsonNode appointment : values.asList(tree(request).path("appointments"))) {
            LocalDate day = salonDay(appointment.path("datetime"));
            eviction.evictSlots(companyId, appointment.path("staff_id").asText(null),
                    day == null ? null : day.toString());
        }
    }

    private LocalDate firstDay(Object request) {
        JsonNode datetime = tree(request).path("appointments").path(0).path("datetime");
        LocalDate day = salonDay(datetime);
        OffsetDateTime instant = values.asDateTime(datetime, ZoneOffset.UTC);
        return day != null ? day : instant == null ? null : instant.toLocalDate();
    }

    /** The salon's own date of a datetime written with the salon's offset; null for unix seconds. */
    private static LocalDate salonDay(JsonNode datetime) {
        String text = datetime.isTextual() ? datetime.asText() : "";
        return text.matches("\\d{4}-\\d{2}-\\d{2}.*") ? LocalDate.parse(text.substring(0, 10)) : null;
    }

    /** Ends a recovery that could not tell whether the booking exists: the caller must not simply book again. */
    public void outcomeUnknown() {
        throw new YclientsException(YclientsOutcome.UNAVAILABLE, null, null, "Yclients book_record: no answer, and "
                + "whether the record was created could not be established; not resent (with YCLIENTS_LOGIN and "
                + "YCLIENTS_PASSWORD set the bridge looks the record up)", true);
    }

    private long nextMarker() {
        long candidate = System.currentTimeMillis();
        return lastMarker.updateAndGet(previous -> Math.max(previous + 1, candidate));
    }

    private JsonNode tree(Object request) {
        if (request instanceof JsonNode node) {
            return node;
        }
        if (request instanceof String text) {
            try {
                return json.readTree(text);
            } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
                throw new IllegalArgumentException("book_record needs a JSON body");
            }
        }
        return json.valueToTree(request);
    }
}
