package io.ytbridge.webhook;

/** How one delivery ended: the status code Yclients gets, and the words of its audit row. */
public enum WebhookOutcome {
    STORED(200, "stored", null),
    DUPLICATE(200, "duplicate", null),
    INVALID(400, "invalid", "not_a_webhook"),
    UNAUTHENTICATED(401, "refused", "bad_credentials"),
    ADDRESS_REFUSED(403, "refused", "address_not_allowed"),
    NOT_CONFIGURED(403, "refused", "no_secret_configured"),
    UNAVAILABLE(503, "unavailable", "not_stored");

    private final int httpStatus;
    private final String auditOutcome;
    private final String reason;

    WebhookOutcome(int httpStatus, String auditOutcome, String reason) {
        this.httpStatus = httpStatus;
        this.auditOutcome = auditOutcome;
        this.reason = reason;
    }

    public int getHttpStatus() {
        return httpStatus;
    }

    public String getAuditOutcome() {
        return auditOutcome;
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
