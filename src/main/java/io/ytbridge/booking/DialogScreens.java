package io.ytbridge.booking;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.ytbridge.yclients.YclientsException;
import io.ytbridge.yclients.YclientsOutcome;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds what the bot shows at each step: the text and its keyboard, as a Bot API payload map. Texts come from the
 * {@code dialog.*} keys of the message bundles (ru, en); buttons carry signed callback data (see CallbackCodec).
 */
@Component("dialogScreens")
public class DialogScreens {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HHmm");
    private static final int TIMES_PER_ROW = 4;
    private static final int MAX_TIME_BUTTONS = 48;

    private final MessageSource messages;
    private final CallbackCodec callbacks;
    private final List<String> promotionTexts;
    private final String onlineBookingUrl;
    private final SalonBranches branches;

    public DialogScreens(MessageSource messages, CallbackCodec callbacks,
            @Value("${bridge.salon.promotions:}") String promotionTexts,
            @Value("${bridge.salon.online-booking-url:}") String onlineBookingUrl, SalonBranches branches) {
        this.messages = messages;
        this.callbacks = callbacks;
        this.branches = branches;
        this.promotionTexts = java.util.Arrays.stream(promotionTexts.split("\\|")).map(String::trim)
                .filter(text -> !text.isEmpty()).toList();
        this.onlineBookingUrl = onlineBookingUrl;
    }

    public Map<String, Object> greeting(String language) {
        Map<String, Object> contactButton = Map.of("text", text(language, "dialog.share-contact"), "request_contact", true);
        return payload(text(language, "dialog.greeting"), Map.of(
                "keyboard", List.of(List.of(contactButton)), "resize_keyboard", true, "one_time_keyboard", true));
    }

    public Map<String, Object> contactSaved(String language) {
        return payload(text(language, "dialog.contact-saved"), Map.of("remove_keyboard", true));
    }

    public Map<String, Object> contactRefused(String language) {
        return payload(text(language, "dialog.contact-not-yours"), null);
    }

    public Map<String, Object> phoneInvalid(String language) {
        return payload(text(language, "dialog.phone-invalid"), null);
    }

    public Map<String, Object> mainMenu(String language) {
        return mainMenu(language, text(language, "dialog.menu"));
    }

    public Map<String, Object> mainMenu(String language, String heading) {
        List<List<Map<String, Object>>> rows = new ArrayList<>(List.of(
                List.of(button(text(language, "dialog.menu.book"), callbacks.encode("c"))),
                List.of(button(text(language, "dialog.menu.my-bookings"), callbacks.encode("L"))),
                List.of(button(text(language, "dialog.menu.promotions"), callbacks.encode("A")))));
        if (branches.several()) {
            rows.add(List.of(button(text(language, "dialog.menu.branch"), callbacks.encode("F"))));
        }
        return payload(heading, inline(rows));
    }

    /** The configured companies by title, the user's current one marked. */
    public Map<String, Object> branches(@Header("branchTitles") Map<Long, String> titles,
            @Header("companyId") long currentCompanyId, @Header("language") String language) {
        List<List<Map<String, Object>>> rows = new ArrayList<>();
        titles.forEach((companyId, title) -> rows.add(List.of(button(
                (companyId == currentCompanyId ? "✓ " : "") + title, callbacks.encode("FB", companyId)))));
        rows.add(List.of(button(text(language, "dialog.back"), callbacks.encode("m"))));
        return payload(text(language, "dialog.branch.choose"), inline(rows));
    }

    public Map<String, Object> branchChosen(@Header("branchTitle") String title, @Header("language") String language) {
        return mainMenu(language, text(language, "dialog.branch.chosen", title));
    }

    public Map<String, Object> branchRefused(@Header("language") String language) {
        return mainMenu(language, text(language, "dialog.branch.unknown"));
    }

    public Map<String, Object> languageChoice(String language) {
        return payload(text(language, "dialog.lang.choose"), inline(List.of(List.of(
                button("Русский", callbacks.encode("G", "ru")), button("English", callbacks.encode("G", "en"))))));
    }

    public Map<String, Object> help(String language) {
        return payload(text(language, "dialog.help"), null);
    }

    public Map<String, Object> hint(String language) {
        return payload(text(language, "dialog.hint"), null);
    }

    public Map<String, Object> needContact(String language) {
        return greeting(language);
    }

    public Map<String, Object> categories(JsonNode catalog, String language) {
        List<List<Map<String, Object>>> rows = new ArrayList<>();
        Set<Long> withServices = new HashSet<>();
        for (JsonNode service : catalog.path("services")) {
            withServices.add(service.path("category_id").asLong());
        }
        List<JsonNode> categories = new ArrayList<>();
        catalog.path("category").forEach(categories::add);
        categories.sort((a, b) -> Integer.compare(b.path("weight").asInt(), a.path("weight").asInt()));
        for (JsonNode category : categories) {
            long id = category.path("id").asLong();
            if (withServices.contains(id)) {
                rows.add(List.of(button(category.path("title").asText(), callbacks.encode("C", id))));
            }
        }
        rows.add(List.of(button(text(language, "dialog.back"), callbacks.encode("m")), cancelButton(language)));
        return payload(text(language, rows.size() == 1 ? "dialog.categories.empty" : "dialog.categories"), inline(rows));
    }

    public Map<String, Object> services(JsonNode catalog, long categoryId, String language) {
        List<List<Map<String, Object>>> rows = new ArrayList<>();
        for (JsonNode service : catalog.path("services")) {
            if (service.path("category_id").asLong() == categoryId) {
                rows.add(List.of(button(serviceLabel(service, language), callbacks.encode("S", service.path("id").asLong()))));
            }
        }
        rows.add(List.of(button(text(language, "dialog.back"), callbacks.encode("c")), cancelButton(language)));
        return payload(text(language, rows.size() == 1 ? "dialog.services.empty" : "dialog.services"), inline(rows));
    }

    public Map<String, Object> staff(JsonNode staffList, JsonNode service, String language) {
        long serviceId = service.path("id").asLong();
        List<List<Map<String, Object>>> rows = new ArrayList<>();
        rows.add(List.of(button(text(language, "dialog.staff.any"), callbacks.encode("P", serviceId, 0))));
        for (JsonNode member : staffList) {
            if (member.path("bookable").asBoolean(true)) {
                String label = member.path("name").asText();
                String specialization = member.path("specialization").asText("");
                rows.add(List.of(button(specialization.isBlank() ? label : label + " · " + specialization,
                        callbacks.encode("P", serviceId, member.path("id").asLong()))));
            }
        }
        rows.add(List.of(button(text(language, "dialog.back"), callbacks.encode("C", service.path("category_id").asLong())),
                cancelButton(language)));
        return payload(text(language, "dialog.staff", service.path("title").asText()), inline(rows));
    }

    /** One week of bookable dates, starting on the Monday of {@code weekStart}. */
    public Map<String, Object> dates(JsonNode bookDates, long serviceId, long staffId, LocalDate weekStart,
            LocalDate today, String language) {
        Set<LocalDate> bookable = new HashSet<>();
        for (JsonNode date : bookDates.path("booking_dates")) {
            bookable.add(LocalDate.parse(date.asText().substring(0, 10)));
        }
        LocalDate monday = weekStart.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Locale locale = Locale.forLanguageTag(language);
        DateTimeFormatter label = DateTimeFormatter.ofPattern("EE dd.MM", locale);
        List<List<Map<String, Object>>> rows = new ArrayList<>();
        List<Map<String, Object>> row = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            if (bookable.contains(day) && !day.isBefore(today)) {
                row.add(button(label.format(day), callbacks.encode("D", serviceId, staffId, DAY.format(day))));
                if (row.size() == 3) {
                    rows.add(row);
                    row = new ArrayList<>();
                }
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        boolean none = rows.isEmpty();
        List<Map<String, Object>> navigation = new ArrayList<>();
        if (monday.isAfter(today)) {
            navigation.add(button("« " + text(language, "dialog.dates.previous"),
                    callbacks.encode("W", serviceId, staffId, DAY.format(monday.minusWeeks(1)))));
        }
        navigation.add(button(text(language, "dialog.dates.next") + " »",
                callbacks.encode("W", serviceId, staffId, DAY.format(monday.plusWeeks(1)))));
        rows.add(navigation);
        rows.add(List.of(button(text(language, "dialog.back"), callbacks.encode("S", serviceId)), cancelButton(language)));
        String heading = text(language, none ? "dialog.dates.none" : "dialog.dates",
                DateTimeFormatter.ofPattern("dd.MM").format(monday), DateTimeFormatter.ofPattern("dd.MM").format(monday.plusDays(6)));
        return payload(heading, inline(rows));
    }

    public Map<String, Object> times(JsonNode times, long serviceId, long staffId, LocalDate date, String language,
            boolean slotWasTaken) {
        List<List<Map<String, Object>>> rows = new ArrayList<>();
        List<Map<String, Object>> row = new ArrayList<>();
        int count = 0;
        for (JsonNode slot : times) {
            if (count++ == MAX_TIME_BUTTONS) {
                break;
            }
            LocalTime time = LocalTime.parse(slot.path("time").asText());
            row.add(button(time.toString(), callbacks.encode("T", serviceId, staffId, DAY.format(date), HOUR_MINUTE.format(time))));
            if (row.size() == TIMES_PER_ROW) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        boolean none = rows.isEmpty();
        rows.add(List.of(button(text(language, "dialog.back"), callbacks.encode("W", serviceId, staffId, DAY.format(date))),
                cancelButton(language)));
        String heading = text(language, none ? "dialog.times.none" : "dialog.times", formatDate(date, language));
        if (slotWasTaken) {
            heading = text(language, "dialog.slot-taken") + "\n\n" + heading;
        }
        return payload(heading, inline(rows));
    }

    public Map<String, Object> summary(BookingChoice choice, String language) {
        String text = text(language, "dialog.summary", choice.serviceTitle(), choice.staffName(language, this),
                formatDateTime(choice.startsAt(), language), price(choice.priceMin(), choice.priceMax(), language));
        String day = DAY.format(choice.startsAt().toLocalDate());
        String time = HOUR_MINUTE.format(choice.startsAt().toLocalTime());
        return payload(text, inline(List.of(
                List.of(button(text(language, "dialog.confirm"),
                        callbacks.encode("K", choice.serviceId(), choice.staffId(), day, time))),
                List.of(button(text(language, "dialog.back"), callbacks.encode("D", choice.serviceId(), choice.staffId(), day)),
                        cancelButton(language)))));
    }

    public Map<String, Object> confirmation(@Header("choice") BookingChoice choice, @Header("salonAddress") String address,
            @Header("language") String language) {
        StringBuilder text = new StringBuilder(text(language, "dialog.booked", choice.serviceTitle(),
                choice.staffName(language, this), formatDateTime(choice.startsAt(), language),
                price(choice.priceMin(), choice.priceMax(), language)));
        if (address != null && !address.isBlank()) {
            text.append('\n').append(text(language, "dialog.address", address));
        }
        if ("required".equals(choice.prepaid()) || "allowed".equals(choice.prepaid())) {
            text.append("\n\n").append(text(language, "dialog.prepaid." + choice.prepaid(), onlineBookingUrl));
        }
        return payload(text.toString(), inline(List.of(List.of(
                button(text(language, "dialog.menu.my-bookings"), callbacks.encode("L")),
                button(text(language, "dialog.menu"), callbacks.encode("m"))))));
    }

    /** An apology after a Yclients outage, with a button that repeats the press that failed. */
    public Map<String, Object> unavailable(@Header("callbackData") String retryCallback, @Header("language") String language) {
        List<List<Map<String, Object>>> rows = new ArrayList<>();
        if (retryCallback != null) {
            rows.add(List.of(button(text(language, "dialog.retry"), retryCallback)));
        }
        rows.add(List.of(button(text(language, "dialog.menu"), callbacks.encode("m"))));
        return payload(text(language, "dialog.unavailable"), inline(rows));
    }

    /** Why Yclients refused a booking (codes from the contract sheet), with the way back to the menu. */
    public Map<String, Object> refusal(@ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception failure,
            @Header("language") String language) {
        return bookingRefused(refusalKey(failure), language);
    }

    public Map<String, Object> languageSet(@Header("language") String language) {
        return mainMenu(language, text(language, "dialog.lang.set"));
    }

    static String refusalKey(Exception failure) {
        if (failure instanceof YclientsException yclients) {
            if (yclients.outcome() == YclientsOutcome.FORBIDDEN) {
                return "dialog.refused.blacklisted";
            }
            Integer code = yclients.code();
            if (code != null) {
                return switch (code) {
                    case 434 -> "dialog.refused.blacklisted";
                    case 436 -> "dialog.refused.no-staff";
                    case 438 -> "dialog.refused.service-removed";
                    case 431 -> "dialog.refused.bad-phone";
                    default -> "dialog.refused.other";
                };
            }
        }
        return "dialog.refused.other";
    }

    /** Yclients did not answer book_record in time: the booking may exist, so point at My bookings. */
    public Map<String, Object> bookingUncertain(String language) {
        return payload(text(language, "dialog.uncertain"), inline(List.of(List.of(
                button(text(language, "dialog.menu.my-bookings"), callbacks.encode("L")),
                button(text(language, "dialog.menu"), callbacks.encode("m"))))));
    }

    public Map<String, Object> bookingRefused(String reasonKey, String language) {
        return payload(text(language, reasonKey), inline(List.of(List.of(
                button(text(language, "dialog.menu"), callbacks.encode("m"))))));
    }

    public Map<String, Object> myBookings(List<BookingView> bookings, String language) {
        List<List<Map<String, Object>>> rows = new ArrayList<>();
        StringBuilder text = new StringBuilder(text(language, bookings.isEmpty() ? "dialog.my.none" : "dialog.my"));
        for (BookingView booking : bookings) {
            String when = formatDateTime(booking.startsAt(), language);
            text.append("\n• ").append(when).append(" — ").append(booking.serviceTitle());
            if (booking.staffName() != null && !booking.staffName().isBlank()) {
                text.append(", ").append(booking.staffName());
            }
            // Cancelling from the chat takes the record's hash, which only book_record hands out: a booking the salon
            // made, or one settled later from a webhook, is cancelled with the salon.
            if (booking.recordHash() == null) {
                text.append(" (").append(text(language, "dialog.my.cancel-with-salon")).append(')');
            } else {
                rows.add(List.of(button(text(language, "dialog.my.cancel", when), callbacks.encode("R", booking.id()))));
            }
        }
        rows.add(List.of(button(text(language, "dialog.menu.book"), callbacks.encode("c")),
                button(text(language, "dialog.back"), callbacks.encode("m"))));
        return payload(text.toString(), inline(rows));
    }

    public Map<String, Object> cancelQuestion(BookingView booking, String language) {
        return payload(text(language, "dialog.cancel.ask", booking.serviceTitle(), formatDateTime(booking.startsAt(), language)),
                inline(List.of(List.of(button(text(language, "dialog.cancel.yes"), callbacks.encode("RY", booking.id())),
                        button(text(language, "dialog.cancel.no"), callbacks.encode("L"))))));
    }

    public Map<String, Object> cancelled(BookingView booking, String language) {
        return mainMenu(language, text(language, "dialog.cancel.done", booking.serviceTitle(),
                formatDateTime(booking.startsAt(), language)));
    }

    public Map<String, Object> promotions(JsonNode catalog, JsonNode loyaltyCards, String language) {
        StringBuilder text = new StringBuilder(text(language, "dialog.promotions"));
        boolean any = false;
        for (JsonNode service : catalog.path("services")) {
            if (service.path("discount").asDouble() > 0) {
                any = true;
                text.append("\n• ").append(service.path("title").asText()).append(" — ")
                        .append(text(language, "dialog.discount", new BigDecimal(service.path("discount").asText("0"))
                                .stripTrailingZeros().toPlainString()));
            }
        }
        for (String promotion : promotionTexts) {
            any = true;
            text.append("\n• ").append(promotion);
        }
        if (loyaltyCards != null) {
            for (JsonNode card : loyaltyCards) {
                any = true;
                text.append("\n• ").append(text(language, "dialog.loyalty-card",
                        card.path("type").path("title").asText(card.path("title").asText("")),
                        card.path("balance").asText("0")));
            }
        }
        if (!any) {
            text.append('\n').append(text(language, "dialog.promotions.none"));
        }
        if (!onlineBookingUrl.isBlank()) {
            text.append("\n\n").append(text(language, "dialog.online-booking", onlineBookingUrl));
        }
        return payload(text.toString(), inline(List.of(List.of(
                button(text(language, "dialog.menu.book"), callbacks.encode("c")),
                button(text(language, "dialog.back"), callbacks.encode("m"))))));
    }

    public Map<String, Object> cancelledDialog(String language) {
        return mainMenu(language, text(language, "dialog.dialog-cancelled"));
    }

    public Map<String, Object> stale(String language) {
        return mainMenu(language, text(language, "dialog.stale"));
    }

    public String staleNotice(String language) {
        return text(language, "dialog.stale");
    }

    public String text(String language, String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.forLanguageTag(language));
    }

    public String serviceLabel(JsonNode service, String language) {
        StringBuilder label = new StringBuilder(service.path("title").asText());
        String price = price(service.path("price_min").asText(null), service.path("price_max").asText(null), language);
        if (!price.isEmpty()) {
            label.append(" · ").append(price);
        }
        long minutes = service.path("seance_length").asLong() / 60;
        if (minutes > 0) {
            label.append(" · ").append(text(language, "dialog.minutes", minutes));
        }
        double discount = service.path("discount").asDouble();
        if (discount > 0) {
            label.append(" · −").append(BigDecimal.valueOf(discount).stripTrailingZeros().toPlainString()).append('%');
        }
        return label.toString();
    }

    public String price(String min, String max, String language) {
        BigDecimal low = decimal(min);
        BigDecimal high = decimal(max);
        if (low == null && high == null) {
            return "";
        }
        if (low == null || high == null || low.compareTo(high) == 0) {
            return text(language, "dialog.price", (low != null ? low : high).stripTrailingZeros().toPlainString());
        }
        return text(language, "dialog.price-range", low.stripTrailingZeros().toPlainString(),
                high.stripTrailingZeros().toPlainString());
    }

    public String formatDate(LocalDate date, String language) {
        return DateTimeFormatter.ofPattern("EEEE, d MMMM", Locale.forLanguageTag(language)).format(date);
    }

    public String formatDateTime(ZonedDateTime dateTime, String language) {
        return DateTimeFormatter.ofPattern("d MMMM, EE HH:mm", Locale.forLanguageTag(language)).format(dateTime);
    }

    public static ZonedDateTime startsAt(String day, String hourMinute, ZoneId zone) {
        return LocalDateTime.of(LocalDate.parse(day, DAY), LocalTime.parse(hourMinute, HOUR_MINUTE)).atZone(zone);
    }

    private static BigDecimal decimal(String value) {
        if (value == null || value.isBlank() || value.equals("null")) {
            return null;
        }
        try {
            BigDecimal parsed = new BigDecimal(value.trim());
            return parsed.signum() == 0 ? null : parsed;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Map<String, Object> cancelButton(String language) {
        return button(text(language, "dialog.cancel"), callbacks.encode("X"));
    }

    private static Map<String, Object> button(String text, String callbackData) {
        return Map.of("text", text, "callback_data", callbackData);
    }

    private static Map<String, Object> inline(List<List<Map<String, Object>>> rows) {
        return Map.of("inline_keyboard", rows);
    }

    private static Map<String, Object> payload(String text, Map<String, Object> replyMarkup) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("text", text);
        if (replyMarkup != null) {
            payload.put("reply_markup", replyMarkup);
        }
        return payload;
    }
}
