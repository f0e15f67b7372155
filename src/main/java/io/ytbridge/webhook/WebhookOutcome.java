package io.ytbridge.webhook;

/** How one delivery ended: the status code Yclients gets, the words of its audit row, and its metric's outcome. */
public enum WebhookOutcome {
    STORED(200, "stored", null, "accepted"),
    DUPLICATE(200, "duplicate", null, "duplicate"),
    INVALID(400, "invalid", "not_a_webhook", "invalid"),
    UNAUTHENTICATED(401, "refused", "bad_credentials", "refused"),
    ADDRESS_REFUSED(403, "refused", "address_not_allowed", "refused"),
    NOT_CONFIGURED(403, "refused", "no_secret_configured", "refused"),
    UNAVAILABLE(503, "unavailable", "not_stored", "unavailable"),
    /** Refused by WebhookBodyLimitFilter before the receiving route sees it, so it is counted but not audited. */
    TOO_LARGE(413, "refused", "body_too_large", "refused");

    private final int httpStatus;
    private final String auditOutcome;
    private final String reason;
    private final String metricOutcome;

    WebhookOutcome(int httpStatus, String auditOutcome, String reason, String metricOutcome) {
        this.httpStatus = httpStatus;
        this.auditOutcome = auditOutcome;
        this.reason = reason;
        this.metricOutcome = metricOutcome;
    }

    public int getHttpStatus() {
        return httpStatus;
    }

    public String getAuditOutcome() {
        return auditOutcome;
    }

    /** The outcome tag of bridge_webhook_deliveries_total: accepted, duplicate, refused, invalid or unavailable. */
    public String getMetricOutcome() {
        return metricOutcome;
    }

    /** Why it was not stored; null when it was. */
    public String getReason() {
        return reason;
    }

    /** Only an accepted delivery gets a body, and it says no more than whether it was new. */
    public String getResponseBody() {
        return httpStatus == 200 ? "{\"status\":\"" + auditOutcome + "\"}" : "";
    }
}
