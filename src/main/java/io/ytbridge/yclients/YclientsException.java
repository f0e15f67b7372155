package io.ytbridge.yclients;

/**
 * A Yclients call that did not succeed. Thrown out of {@code direct:yclients-call} and every operation route.
 * The message never holds a token, password or full phone number.
 */
public class YclientsException extends RuntimeException {

    private final YclientsOutcome outcome;
    private final Integer code;
    private final Integer httpStatus;
    private final boolean uncertain;

    public YclientsException(YclientsOutcome outcome, Integer code, Integer httpStatus, String message) {
        this(outcome, code, httpStatus, message, false);
    }

    public YclientsException(YclientsOutcome outcome, Integer code, Integer httpStatus, String message,
            boolean uncertain) {
        super(message);
        this.outcome = outcome;
        this.code = code;
        this.httpStatus = httpStatus;
        this.uncertain = uncertain;
    }

    public YclientsOutcome outcome() {
        return outcome;
    }

    /** Yclients' own error code (433 slot taken, 434 blacklisted, 436 no staff...), or null when none was given. */
    public Integer code() {
        return code;
    }

    /** The HTTP status of the last answer, or null when none came (timeout, connection refused, busy). */
    public Integer httpStatus() {
        return httpStatus;
    }

    /**
     * True when a non-idempotent request (such as book_record) may have reached Yclients but no answer came back:
     * it was deliberately not resent, and the caller has to find out whether it took effect.
     */
    public boolean uncertain() {
        return uncertain;
    }
}
