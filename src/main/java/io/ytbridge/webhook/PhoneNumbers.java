package io.ytbridge.webhook;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/** Phone numbers as client_mapping keeps them (E.164, "+79161234567"), whatever way Yclients wrote them. */
final class PhoneNumbers {

    /** Yclients salons are mostly Russian: a number without a country code is read as one. */
    private static final String DEFAULT_REGION = "RU";

    private PhoneNumbers() {
    }

    /** E.164, or null when the text is no valid phone number. */
    static String e164(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String candidate = text.trim();
        // "79161234567" is how Yclients often writes a Russian number: a country code without the plus.
        if (candidate.matches("7\\d{10}")) {
            candidate = "+" + candidate;
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            var number = util.parse(candidate, DEFAULT_REGION);
            return util.isValidNumber(number) ? util.format(number, PhoneNumberFormat.E164) : null;
        } catch (NumberParseException e) {
            return null;
        }
    }
}
