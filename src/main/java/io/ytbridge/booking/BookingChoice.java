package io.ytbridge.booking;

import java.time.ZonedDateTime;

/** What the client picked: one service with one master (0 = any) at one time in the company's zone. */
public record BookingChoice(long serviceId, String serviceTitle, String priceMin, String priceMax, String prepaid,
        long staffId, String staffName, ZonedDateTime startsAt) {

    public String staffName(String language, DialogScreens screens) {
        return staffId == 0 || staffName == null ? screens.text(language, "dialog.staff.any") : staffName;
    }
}
