package io.ytbridge.booking;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.apache.camel.Header;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Telegram hands phones over as "79161234567", "+7 916..." or "89161234567"; Yclients and we store E.164. */
@Component("phoneNormalizer")
public class PhoneNormalizer {

    private final String defaultRegion;

    public PhoneNormalizer(@Value("${bridge.booking.phone-region:RU}") String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    public Optional<String> toE164(String raw) {
        return Optional.ofNullable(e164(raw, defaultRegion));
    }

    /** E.164, or null when the text is no valid phone number; a number without a country code is in the region. */
    public static String e164(String raw, String region) {
        if (raw == null || raw.isBlank() || raw.length() > 32) {
            return null;
        }
        String candidate = raw.trim();
        // Telegram and Yclients write numbers without the plus: a bare 11-digit 7... number is international.
        if (!candidate.startsWith("+") && candidate.matches("[1-9][0-9]{10,14}") && !candidate.startsWith("8")) {
            candidate = "+" + candidate;
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            PhoneNumber number = util.parse(candidate, region);
            return util.isValidNumber(number) ? util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    /** The shared contact's phone in E.164, or null when it is not a valid number. */
    public String contactPhone(@Header("contactPhone") String raw) {
        return toE164(raw).orElse(null);
    }
}
