package io.ytbridge.webhook;

/** The changes a client hears about; anything else changes the booking quietly. */
public enum NoticeKind {
    CONFIRMED,
    CANCELLED,
    MOVED,
    /** A booking whose book_record went unanswered turned out to exist after all. */
    BOOKED
}
