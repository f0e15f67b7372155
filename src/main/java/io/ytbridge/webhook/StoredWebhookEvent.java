package io.ytbridge.webhook;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;

/** A {@code webhook_event} row taken for processing, with its payload parsed. */
public record StoredWebhookEvent(long id, Long companyId, String resource, Long resourceId, String status,
                                 JsonNode payload, String origin, OffsetDateTime receivedAt) {

    /** The event's {@code data}; a missing node when Yclients sent none (schedule events) or sent {@code []}. */
    public JsonNode data() {
        return LenientJson.object(payload.get("data"));
    }
}
