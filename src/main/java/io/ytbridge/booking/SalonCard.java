package io.ytbridge.booking;

import java.time.ZoneId;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/** Reads the salon's time zone and address from the company card (GET /company/{id}). */
@Component("salonCard")
public class SalonCard {

    public String timezone(JsonNode company, String fallback) {
        String name = company == null ? "" : company.path("timezone_name").asText("");
        try {
            return name.isBlank() ? fallback : ZoneId.of(name).getId();
        } catch (java.time.DateTimeException e) {
            return fallback;
        }
    }

    public String address(@Body JsonNode company, @Header("salonAddress") String fallback) {
        String address = company == null ? "" : company.path("address").asText("");
        return address.isBlank() ? fallback : address;
    }
}
