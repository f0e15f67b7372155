package io.ytbridge.webhook;

import java.time.DateTimeException;
import java.time.ZoneId;

import io.ytbridge.config.InvalidSettingException;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The salon's time zone, for times told to clients and for Yclients datetimes that carry no offset. One setting
 * for now; the single place to ask, so the company's own {@code timezone_name} can take over later.
 */
@Component("companyZone")
public class CompanyZone {

    private final ZoneId zone;

    public CompanyZone(Environment environment) {
        String name = environment.getProperty("bridge.yclients.timezone", "Europe/Moscow").trim();
        try {
            this.zone = ZoneId.of(name);
        } catch (DateTimeException e) {
            throw new InvalidSettingException("YCLIENTS_TIMEZONE", "a time zone name like Europe/Moscow");
        }
    }

    public ZoneId zoneFor(Long companyId) {
        return zone;
    }
}
