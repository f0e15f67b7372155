package io.ytbridge.booking;

import java.time.ZoneId;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Component;

/** Turns a verified button (service, master, day, time) and the cached catalog into a BookingChoice. */
@Component("bookingChoices")
public class BookingChoices {

    /** The service with this id in a book_services answer, or a missing node when the salon removed it. */
    public JsonNode service(JsonNode catalog, long serviceId) {
        for (JsonNode service : catalog.path("services")) {
            if (service.path("id").asLong() == serviceId) {
                return service;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    public String staffName(JsonNode staffList, long staffId) {
        for (JsonNode member : staffList) {
            if (member.path("id").asLong() == staffId) {
                return member.path("name").asText();
            }
        }
        return null;
    }

    public BookingChoice choose(JsonNode catalog, JsonNode staffList, CallbackCodec.Callback callback, String timezone) {
        long serviceId = callback.number(0);
        long staffId = callback.number(1);
        JsonNode service = service(catalog, serviceId);
        return new BookingChoice(serviceId, service.path("title").asText("?"), service.path("price_min").asText(null),
                service.path("price_max").asText(null), service.path("prepaid").asText("forbidden"), staffId,
                staffId == 0 ? null : staffName(staffList, staffId),
                DialogScreens.startsAt(callback.argument(2), callback.argument(3), ZoneId.of(timezone)));
    }
}
