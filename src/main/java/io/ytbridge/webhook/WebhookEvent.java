package io.ytbridge.webhook;

/**
 * One event to store in {@code webhook_event}, either as delivered by Yclients or synthesised by reconciliation.
 * Routes bind its fields as SQL parameters ({@code ${body.dedupeKey}}).
 */
public record WebhookEvent(String dedupeKey, Long companyId, String resource, Long resourceId, String status,
                           String payload, String origin) {

    public static final String ORIGIN_WEBHOOK = "webhook";
    public static final String ORIGIN_RECONCILE = "reconcile";

    /** For the audit row and logs: which resource, never the payload. */
    public String correlationId() {
        return resource + ":" + (resourceId == null ? "?" : resourceId);
    }
}
