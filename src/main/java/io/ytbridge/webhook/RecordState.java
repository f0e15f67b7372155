package io.ytbridge.webhook;

/**
 * A booking's state as stored in {@code booking.status} and {@code booking_status_history.status}, in the words the
 * booking dialog writes: {@code booked} once Yclients holds the record, {@code confirmed} once the salon confirmed it
 * (or the dialog told the user so). My bookings lists exactly these two.
 */
public enum RecordState {
    /** Yclients holds the record; the salon has not confirmed it yet. */
    WAITING("booked"),
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
