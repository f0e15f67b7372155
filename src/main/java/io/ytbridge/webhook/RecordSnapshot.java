package io.ytbridge.webhook;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a Yclients record says about a booking, read leniently from a webhook's {@code data}, a {@code GET /records}
 * item or a {@code GET /book_record} answer (same shape, fewer fields).
 *
 * @param eventStatus the webhook's {@code status}: create, update or delete
 * @param apiId       the record's {@code api_id}: our booking id, for records the bot asked for
 */
public record RecordSnapshot(Long companyId, Long recordId, String eventStatus, Long clientId, String clientPhone,
                             String clientName, OffsetDateTime startsAt, Integer attendance, boolean confirmed,
                             boolean deleted, Long staffId, String staffName, List<Long> serviceIds,
                             String serviceTitle, OffsetDateTime changedAt, Long apiId) {

    static RecordSnapshot of(Long companyId, Long resourceId, String eventStatus, JsonNode record, ZoneId zone) {
        JsonNode client = LenientJson.object(record.get("client"));
        JsonNode staff = LenientJson.object(record.get("staff"));
        List<Long> serviceIds = new ArrayList<>();
        List<String> serviceTitles = new ArrayList<>();
        JsonNode services = record.get("services");
        if (services != null && services.isArray()) {
            for (JsonNode service : services) {
                Long id = LenientJson.longValue(LenientJson.object(service).get("id"));
                if (id != null) {
                    serviceIds.add(id);
                }
                String title = LenientJson.text(LenientJson.object(service).get("title"));
                if (title != null) {
                    serviceTitles.add(title);
                }
            }
        }
        Long recordId = LenientJson.longValue(record.get("id"));
        Long staffId = LenientJson.longValue(record.get("staff_id"));
        OffsetDateTime startsAt = LenientJson.dateTime(record.get("datetime"), zone);
        Long company = companyId != null ? companyId : LenientJson.longValue(record.get("company_id"));
        return new RecordSnapshot(
                company,
                recordId != null ? recordId : resourceId,
                eventStatus,
                LenientJson.longValue(client.get("id")),
                LenientJson.text(client.get("phone")),
                ClientSnapshot.fullName(LenientJson.text(client.get("name")),
                        LenientJson.text(client.get("surname"))),
                startsAt != null ? startsAt : LenientJson.dateTime(record.get("date"), zone),
                LenientJson.intValue(record.get("attendance")),
                LenientJson.flag(record.get("confirmed")),
                LenientJson.flag(record.get("deleted")),
                staffId != null ? staffId : LenientJson.longValue(staff.get("id")),
                LenientJson.text(staff.get("name")),
                List.copyOf(serviceIds),
                serviceTitles.isEmpty() ? null : String.join(", ", serviceTitles),
                LenientJson.dateTime(record.get("last_change_date"), zone),
                LenientJson.longValue(record.get("api_id")));
    }

    /**
     * Cancelled: deleted, or attendance -1. Confirmed: attendance 2, or the {@code confirmed} flag while the
     * client is still expected. Attendance 1 means the client came.
     */
    public RecordState state() {
        if (deleted || "delete".equals(eventStatus) || Integer.valueOf(-1).equals(attendance)) {
            return RecordState.CANCELLED;
        }
        if (Integer.valueOf(2).equals(attendance)) {
            return RecordState.CONFIRMED;
        }
        if (Integer.valueOf(1).equals(attendance)) {
            return RecordState.VISITED;
        }
        return confirmed ? RecordState.CONFIRMED : RecordState.WAITING;
    }

    /** The facts a client could notice, normalised so repeats of one change look the same. */
    Map<String, Object> meaningfulFacts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("record", recordId);
        facts.put("starts", startsAt == null ? null : startsAt.toInstant().toString());
        facts.put("state", state().status());
        facts.put("attendance", attendance);
        facts.put("staff", staffId);
        facts.put("services", serviceIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
        facts.put("client", clientId);
        facts.put("phone", clientPhone == null ? null : clientPhone.replaceAll("\\D", ""));
        facts.put("changed", changedAt == null ? null : changedAt.toInstant().toString());
        return facts;
    }

    /** Service titles, and the master when known: what the booking is, in the words of the salon. */
    String what(String storedServiceTitle, String storedStaffName) {
        String service = serviceTitle != null ? serviceTitle : storedServiceTitle;
        String staff = staffName != null ? staffName : storedStaffName;
        if (service == null) {
            return staff;
        }
        return staff == null ? service : service + " — " + staff;
    }

    String serviceIdList() {
        return serviceIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
