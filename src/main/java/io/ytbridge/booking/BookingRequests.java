package io.ytbridge.booking;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Header;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The bodies of book_check and book_record, and the reading of their answers and refusals. */
@Component("bookingRequests")
public class BookingRequests {

    /** Marks the record's source in Yclients; api_id carries our own booking id. */
    public static final String SOURCE = "telegram_bot";
    private static final DateTimeFormatter ISO_OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final int smsReminderHours;
    private final TelegramUsers users;

    public BookingRequests(@Value("${bridge.booking.sms-reminder-hours:2}") int smsReminderHours, TelegramUsers users) {
        this.smsReminderHours = smsReminderHours;
        this.users = users;
    }

    public Map<String, Object> check(BookingChoice choice) {
        return Map.of("appointments", List.of(appointment(choice)));
    }

    /** The book_record body for this user's choice, with the phone they shared and our booking id as api_id. */
    public Map<String, Object> record(@Header("choice") BookingChoice choice, @Header("fromId") long userId,
            @Header("bookingId") long bookingId) {
        String phone = users.phone(userId).orElseThrow(() -> new IllegalStateException("no phone shared"));
        String fullName = users.displayName(userId);
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
