package io.ytbridge.webhook;

import java.time.OffsetDateTime;

/**
 * What one record event does to the booking it concerns: nothing, adopt a booking the salon made for a known
 * client, update a booking we hold, or settle one whose book_record went unanswered; and which notice, if any, its
 * user gets.
 *
 * @param previousStatus   the stored status before this event (null when adopting)
 * @param previousStartsAt the stored start before this event (null when adopting)
 */
public record RecordChange(long eventId, String origin, String eventName, Action action, BookingLink link,
                           RecordSnapshot record, String previousStatus, OffsetDateTime previousStartsAt,
                           NoticeKind notice) {

    public enum Action { NONE, ADOPT, UPDATE, SETTLE }

    /** The booking row (null until adopted) and the Telegram user it belongs to. */
    public record BookingLink(Long bookingId, long telegramUserId, long chatId, String language,
                              String serviceTitle, String staffName) {
    }

    static RecordChange nothing(long eventId, String origin, String eventName, RecordSnapshot record) {
        return new RecordChange(eventId, origin, eventName, Action.NONE, null, record, null, null, null);
    }
}
