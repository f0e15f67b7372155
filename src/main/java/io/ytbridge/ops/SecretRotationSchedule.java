package io.ytbridge.ops;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which configured secrets are fresh, due soon (within {@code bridge.secrets.warn-days} of the maximum age) or
 * overdue (older than {@code bridge.secrets.max-age-days}, 90 by default). Read by the health indicator, the
 * reminder and the admin API.
 */
@Component
public class SecretRotationSchedule {

    public enum State { FRESH, DUE_SOON, OVERDUE }

    public record SecretAge(String name, Instant rotatedAt, LocalDate rotateBy, State state) {
    }

    private final SecretStore secrets;
    private final SecretRotationLedger ledger;
    private final Duration maxAge;
    private final Duration warnBefore;

    public SecretRotationSchedule(SecretStore secrets, SecretRotationLedger ledger,
            @Value("${bridge.secrets.max-age-days:90}") int maxAgeDays,
            @Value("${bridge.secrets.warn-days:14}") int warnDays) {
        this.secrets = secrets;
        this.ledger = ledger;
        this.maxAge = Duration.ofDays(maxAgeDays);
        this.warnBefore = Duration.ofDays(warnDays);
    }

    /** The rotation-tracked secrets that are configured, in {@link BridgeSecret} order. */
    public List<SecretAge> ages() {
        Instant now = Instant.now();
        List<SecretAge> ages = new ArrayList<>();
        for (BridgeSecret secret : BridgeSecret.values()) {
            if (secret.rotationTracked() && secrets.isConfigured(secret)) {
                Instant rotatedAt = ledger.rotatedAt(secret).orElse(now);
                Instant due = rotatedAt.plus(maxAge);
                State state = !now.isBefore(due) ? State.OVERDUE
                        : !now.isBefore(due.minus(warnBefore)) ? State.DUE_SOON : State.FRESH;
                ages.add(new SecretAge(secret.name(), rotatedAt, LocalDate.ofInstant(due, ZoneOffset.UTC), state));
            }
        }
        return ages;
    }

    public long maxAgeDays() {
        return maxAge.toDays();
    }

    public long warnDays() {
        return warnBefore.toDays();
    }
}
