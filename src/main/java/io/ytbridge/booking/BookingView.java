package io.ytbridge.booking;

import java.time.ZonedDateTime;

/** A stored booking as the dialog shows it. */
public record BookingView(long id, long telegramUserId, long companyId, Long recordId, String recordHash,
        String serviceTitle, long staffId, String staffName, ZonedDateTime startsAt, String status) {
}
