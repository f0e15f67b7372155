package io.ytbridge.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.ytbridge.webhook.RecordChange.Action;
import io.ytbridge.webhook.RecordChange.BookingLink;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.env.MockEnvironment;

/** The texts users get: their language, the salon's clock, and "tomorrow" when the salon moves it there. */
class BookingNoticesTest {

    /** 2026-03-19 22:30 UTC is already 2026-03-20 01:30 in Moscow: "tomorrow" there is the 21st. */
    private static final Clock LATE_EVENING_UTC = Clock.fixed(Instant.parse("2026-03-19T22:30:00Z"), ZoneOffset.UTC);

    private final BookingNotices notices = new BookingNotices(messages(),
            new CompanyZone(new MockEnvironment().withProperty("bridge.yclients.timezone", "Europe/Moscow")),
            LATE_EVENING_UTC);

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static RecordChange change(NoticeKind notice, String language, OffsetDateTime before, OffsetDateTime after) {
        RecordSnapshot record = new RecordSnapshot(1L, 501L, "update", 401L, null, null, after, 0, true, false,
                6544L, null, List.of(331L), null, null, null);
        return new RecordChange(1, "webhook", "record.move", Action.UPDATE,
                new BookingLink(9L, 42L, 4242L, language, "Стрижка", "Мария"), record, "confirmed", before, notice);
    }

    @Test
    void aMoveToTheSalonsTomorrowSaysSoWithBothTimesInTheSalonsZone() {
        RecordChange moved = change(NoticeKind.MOVED, "ru", OffsetDateTime.parse("2026-03-25T07:00:00Z"),
                OffsetDateTime.parse("2026-03-21T12:30:00Z"));

        var payload = notices.compose(moved);

        assertThat(payload).containsEntry("chat_id", 4242L);
        assertThat((String) payload.get("text")).isEqualTo("🕒 Салон перенёс вашу запись «Стрижка — Мария» на завтра: "
                + "было среда, 25 марта, 10:00, теперь суббота, 21 марта, 15:30. Ждём вас завтра!");
    }

    @Test
    void aMoveToAnotherDayIsAPlainMoveInEnglish() {
        RecordChange moved = change(NoticeKind.MOVED, "en", OffsetDateTime.parse("2026-03-21T12:30:00Z"),
                OffsetDateTime.parse("2026-03-25T07:00:00Z"));

        assertThat((String) notices.compose(moved).get("text")).isEqualTo("🕒 The salon moved your booking "
                + "\"Стрижка — Мария\": it was Saturday, 21 March, 15:30, it is now Wednesday, 25 March, 10:00.");
    }

    @Test
    void anUnknownLanguageGetsRussianAndACancellationNamesTheTimeThatWasBooked() {
        RecordChange cancelled = change(NoticeKind.CANCELLED, "de", OffsetDateTime.parse("2026-03-25T07:00:00Z"),
                OffsetDateTime.parse("2026-03-25T07:00:00Z"));

        assertThat((String) notices.compose(cancelled).get("text"))
                .startsWith("❌ Салон отменил вашу запись: Стрижка — Мария, среда, 25 марта, 10:00.");
    }
}
