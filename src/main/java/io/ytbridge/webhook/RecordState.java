package io.ytbridge.webhook;

/**
 * A booking's state as stored in {@code booking.status} and {@code booking_status_history.status}. The booking
 * dialog writes the same words: {@code confirmed} once it has told the user their booking is confirmed.
 */
public enum RecordState {
    WAITING("waiting"),
    CONFIRMED("confirmed"),
    VISITED("visited"),
    CANCELLED("cancelled");

    private final String status;

    RecordState(String status) {
        this.status = status;
    }

    public String status() {
        return status;
    }

    /** The state a stored status word stands for; null for words this bundle does not know. */
    static RecordState ofStatus(String status) {
        for (RecordState state : values()) {
            if (state.status.equals(status)) {
                return state;
            }
        }
        return null;
    }
}
