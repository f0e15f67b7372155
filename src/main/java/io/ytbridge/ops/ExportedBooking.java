package io.ytbridge.ops;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** One booking as the analytics export and the JSONL sink show it: its current status and how it got there. */
public record ExportedBooking(long bookingId, OffsetDateTime createdAt, String source, long companyId, Long recordId,
        long telegramUserId, String clientPhone, String serviceIds, String serviceTitle, long staffId,
        String staffName, OffsetDateTime startsAt, BigDecimal price, String status, List<StatusChange> statusHistory) {

    public record StatusChange(String status, String origin, OffsetDateTime changedAt) {
    }
}
