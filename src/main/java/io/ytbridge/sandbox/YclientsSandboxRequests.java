package io.ytbridge.sandbox;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;

/** Reads Yclients-style inputs leniently: ids as numbers or strings, {@code service_ids[]} repeated or comma-separated. */
final class YclientsSandboxRequests {

    private YclientsSandboxRequests() {
    }

    static long id(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw YclientsSandboxException.notFound();
        }
    }

    static List<Long> serviceIds(HttpServletRequest request) {
        List<Long> ids = new ArrayList<>();
        for (String name : new String[] {"service_ids[]", "service_ids"}) {
            String[] values = request.getParameterValues(name);
            if (values == null) {
                continue;
            }
            for (String value : values) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        ids.add(number(part, "service_ids"));
                    }
                }
            }
        }
        return ids;
    }

    static long number(String text, String field) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw YclientsSandboxException.invalid("Invalid value of " + field);
        }
    }

    static Long optionalNumber(String text, String field) {
        return text == null || text.isBlank() ? null : number(text, field);
    }

    static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text.trim().length() > 10 ? text.trim().substring(0, 10) : text.trim());
        } catch (DateTimeParseException e) {
            throw YclientsSandboxException.invalid("Invalid value of " + field);
        }
    }

    static long number(JsonNode node, String field) {
        if (node == null || node.isNull() || node.asText().isBlank()) {
            return 0;
        }
        return number(node.asText(), field);
    }

    static List<Long> numbers(JsonNode node, String field) {
        List<Long> ids = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(element -> ids.add(number(element.asText(), field)));
        } else if (node != null && !node.isNull()) {
            for (String part : node.asText().split(",")) {
                if (!part.isBlank()) {
                    ids.add(number(part, field));
                }
            }
        }
        return ids;
    }

    static String text(JsonNode body, String field) {
        JsonNode node = body == null ? null : body.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    static List<SalonBook.AppointmentRequest> appointments(JsonNode body, ZoneId zone) {
        List<SalonBook.AppointmentRequest> appointments = new ArrayList<>();
        JsonNode list = body == null ? null : body.get("appointments");
        if (list == null || !list.isArray()) {
            return appointments;
        }
        for (JsonNode appointment : list) {
            appointments.add(new SalonBook.AppointmentRequest(number(appointment.get("id"), "id"),
                    numbers(appointment.get("services"), "services"), number(appointment.get("staff_id"), "staff_id"),
                    SalonTime.parse(text(appointment, "datetime"), zone).orElse(null)));
        }
        return appointments;
    }
}
