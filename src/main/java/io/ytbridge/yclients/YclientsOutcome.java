package io.ytbridge.yclients;

/** Why a Yclients call failed, in terms the booking dialog can act on. */
public enum YclientsOutcome {
    /** The partner token is refused, or the user token is refused even after one fresh login, or B2B is not set up. */
    UNAUTHORIZED,
    /** Yclients refused the request's content (422/400); {@link YclientsException#code()} tells why, e.g. 433 slot taken. */
    VALIDATION,
    /** Access denied (403), e.g. 434 client blacklisted. */
    FORBIDDEN,
    NOT_FOUND,
    /** Still answered 429 after every retry, or asked us to wait longer than callers may wait. */
    RATE_LIMITED,
    /** 5xx, connect or read timeout after every retry; or a non-idempotent call whose fate is unknown. */
    UNAVAILABLE,
    /** Not sent at all: the rate limit would have kept the caller waiting longer than the configured bound. */
    BUSY
}
