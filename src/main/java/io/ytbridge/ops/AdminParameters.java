package io.ytbridge.ops;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Parsing of admin query parameters into values or a 400 that names the parameter. */
final class AdminParameters {

    private AdminParameters() {
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new AdminBadRequest(name + " is required, as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new AdminBadRequest(name + " must be a date as YYYY-MM-DD");
        }
    }

    static void ordered(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new AdminBadRequest("from must not be after to");
        }
    }
}
