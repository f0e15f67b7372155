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

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final String defaultRegion;

    public PhoneNormalizer(@Value("${bridge.booking.phone-region:RU}") String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    public Optional<String> toE164(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 32) {
            return Optional.empty();
        }
        String candidate = raw.trim();
        // Telegram sends contacts without the plus; a bare 11-digit 7... number is international, not local.
        if (!candidate.startsWith("+") && candidate.matches("[1-9][0-9]{10,14}") && !candidate.startsWith("8")) {
            candidate = "+" + candidate;
        }
        try {
            PhoneNumber number = util.parse(candidate, defaultRegion);
            if (!util.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** The shared contact's phone in E.164, or null when it is not a valid number. */
    public String contactPhone(@Header("contactPhone") String raw) {
        return toE164(raw).orElse(null);
    }
}
