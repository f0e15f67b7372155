package io.ytbridge.webhook;

import static io.ytbridge.webhook.RecordChanges.SALON_REGION;

import com.fasterxml.jackson.databind.JsonNode;
import io.ytbridge.booking.PhoneNormalizer;

/**
 * What a {@code client} event says about a Yclients client that client_mapping may hold: its phone (E.164, null
 * when absent or unreadable) and its name.
 */
public record ClientSnapshot(Long companyId, Long clientId, String phone, String name) {

    public static ClientSnapshot of(StoredWebhookEvent event) {
        JsonNode data = event.data();
        Long clientId = LenientJson.longValue(data.get("id"));
        String name = LenientJson.text(data.get("name"));
        String surname = LenientJson.text(data.get("surname"));
        Long companyId = event.companyId() != null ? event.companyId() : LenientJson.longValue(data.get("company_id"));
        return new ClientSnapshot(companyId, clientId != null ? clientId : event.resourceId(),
                PhoneNormalizer.e164(LenientJson.text(data.get("phone")), SALON_REGION), fullName(name, surname));
    }

    /** Yclients keeps first name and surname apart, and sometimes the whole name in the first. */
    static String fullName(String name, String surname) {
        if (name == null) {
            return surname;
        }
        return surname == null || name.contains(surname) ? name : name + " " + surname;
    }

    /** Something to refresh: a known client with a phone or a name. */
    public boolean isUsable() {
        return companyId != null && clientId != null && (phone != null || name != null);
    }
}
