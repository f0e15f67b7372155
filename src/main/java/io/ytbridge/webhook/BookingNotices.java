package io.ytbridge.webhook;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the message a booking change earns, in the user's language (messages*.properties, keys {@code webhook.*})
 * and in the salon's local time, as a Bot API {@code sendMessage} payload for {@code direct:telegram-send}.
 */
@Component("bookingNotices")
public class BookingNotices {

    private final MessageSource messages;
    private final CompanyZone companyZone;
    private final Clock clock;

    @Autowired
    public BookingNotices(MessageSource messages, CompanyZone companyZone) {
        this(messages, companyZone, Clock.systemUTC());
    }

    BookingNotices(MessageSource messages, CompanyZone companyZone, Clock clock) {
        this.messages = messages;
        this.companyZone = companyZone;
        this.clock = clock;
    }

    public Map<String, Object> compose(RecordChange change) {
        Locale requested = Locale.forLanguageTag(change.link().language() == null ? "" : change.link().language());
        // The language of the bundle that answers (Russian for languages without one), for dates too.
        Locale locale = Locale.forLanguageTag(messages.getMessage("webhook.language", null, requested));
        ZoneId zone = companyZone.zoneFor(change.record().companyId());
        RecordSnapshot record = change.record();
        String what = record.what(change.link().serviceTitle(), change.link().staffName());
        if (what == null) {
            what = messages.getMessage("webhook.record.unnamed", null, locale);
        }
        String text = switch (change.notice()) {
            case BOOKED -> messages.getMessage("webhook.record.booked",
                    new Object[] {what, when(record.startsAt(), zone, locale)}, locale);
            case CONFIRMED -> messages.getMessage("webhook.record.confirmed",
                    new Object[] {what, when(record.startsAt(), zone, locale)}, locale);
            case CANCELLED -> messages.getMessage("webhook.record.cancelled",
                    new Object[] {what, when(change.previousStartsAt() != null ? change.previousStartsAt()
                            : record.startsAt(), zone, locale)}, locale);
            case MOVED -> messages.getMessage(
                    isTomorrow(record.startsAt(), zone) ? "webhook.record.moved-to-tomorrow" : "webhook.record.moved",
                    new Object[] {what, when(change.previousStartsAt(), zone, locale),
                            when(record.startsAt(), zone, locale)}, locale);
        };
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("chat_id", change.link().chatId());
        payload.put("text", text);
        return payload;
    }

    private String when(OffsetDateTime time, ZoneId zone, Locale locale) {
        if (time == null) {
            return "?";
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern(
                messages.getMessage("webhook.datetime-pattern", null, locale), locale);
        return time.atZoneSameInstant(zone).format(format);
    }

    private boolean isTomorrow(OffsetDateTime time, ZoneId zone) {
        LocalDate tomorrow = LocalDate.now(clock.withZone(zone)).plusDays(1);
        return time != null && time.atZoneSameInstant(zone).toLocalDate().equals(tomorrow);
    }
}
