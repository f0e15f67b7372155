package io.ytbridge.booking;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.ytbridge.yclients.YclientsException;
import io.ytbridge.yclients.YclientsOutcome;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The bodies of book_check and book_record, and the reading of their answers and refusals. */
@Component("bookingRequests")
public class BookingRequests {

    /** Marks the record's source in Yclients; api_id carries our own booking id. */
    public static final String SOURCE = "telegram_bot";
    private static final DateTimeFormatter ISO_OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final int smsReminderHours;

    public BookingRequests(@Value("${bridge.booking.sms-reminder-hours:2}") int smsReminderHours) {
        this.smsReminderHours = smsReminderHours;
    }

    public Map<String, Object> check(BookingChoice choice) {
        return Map.of("appointments", List.of(appointment(choice)));
    }

    public Map<String, Object> record(BookingChoice choice, String phone, String fullName, long bookingId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("phone", phone.startsWith("+") ? phone.substring(1) : phone);
        body.put("fullname", fullName);
        body.put("email", "");
        body.put("comment", SOURCE);
        body.put("type", SOURCE);
        body.put("api_id", bookingId);
        body.put("notify_by_sms", smsReminderHours);
        body.put("notify_by_email", 0);
        body.put("appointments", List.of(appointment(choice)));
        return body;
    }

    public long recordId(JsonNode bookRecordData) {
        return first(bookRecordData).path("record_id").asLong();
    }

    public String recordHash(JsonNode bookRecordData) {
        return first(bookRecordData).path("record_hash").asText();
    }

    /** Which text explains a refusal of book_check/book_record (codes from the Yclients contract sheet). */
    public String refusalKey(Exception failure) {
        if (failure instanceof YclientsException yclients) {
            if (yclients.outcome() == YclientsOutcome.FORBIDDEN) {
                return "dialog.refused.blacklisted";
            }
            Integer code = yclients.code();
            if (code != null) {
                return switch (code) {
                    case 434 -> "dialog.refused.blacklisted";
                    case 436 -> "dialog.refused.no-staff";
                    case 438 -> "dialog.refused.service-removed";
                    case 431 -> "dialog.refused.bad-phone";
                    default -> "dialog.refused.other";
                };
            }
        }
        return "dialog.refused.other";
    }

    public LocalDate day(String yyMMdd) {
        return LocalDate.parse(yyMMdd, DialogScreens.DAY);
    }

    public LocalDate today(String timezone) {
        return LocalDate.now(ZoneId.of(timezone));
    }

    public LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    }

    private static Map<String, Object> appointment(BookingChoice choice) {
        Map<String, Object> appointment = new LinkedHashMap<>();
        appointment.put("id", 1);
        appointment.put("services", List.of(choice.serviceId()));
        appointment.put("staff_id", choice.staffId());
        appointment.put("datetime", ISO_OFFSET.format(choice.startsAt()));
        return appointment;
    }

    private static JsonNode first(JsonNode data) {
        return data != null && data.isArray() && !data.isEmpty() ? data.get(0) : data;
    }
}
