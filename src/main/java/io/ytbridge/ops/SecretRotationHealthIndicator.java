package io.ytbridge.ops;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Health component {@code secretRotation} (also in the readiness group): UP while every secret is fresh, WARNING
 * (HTTP 200) when one is due within the warning days, OUT_OF_SERVICE (HTTP 503) when one is overdue. The details
 * name the secrets and their dates, never a value.
 */
@Component("secretRotationHealthIndicator")
class SecretRotationHealthIndicator implements HealthIndicator {

    static final Status WARNING = new Status("WARNING", "a secret is due for rotation soon");

    private final SecretRotationSchedule schedule;

    SecretRotationHealthIndicator(SecretRotationSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public Health health() {
        List<SecretRotationSchedule.SecretAge> ages = schedule.ages();
        Map<String, Object> secrets = new LinkedHashMap<>();
        for (SecretRotationSchedule.SecretAge age : ages) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("state", age.state().name().toLowerCase(java.util.Locale.ROOT));
            detail.put("rotatedOn", LocalDate.ofInstant(age.rotatedAt(), ZoneOffset.UTC).toString());
            detail.put("rotateBy", age.rotateBy().toString());
            secrets.put(age.name(), detail);
        }
        List<String> overdue = names(ages, SecretRotationSchedule.State.OVERDUE);
        List<String> dueSoon = names(ages, SecretRotationSchedule.State.DUE_SOON);
        Health.Builder health = !overdue.isEmpty() ? Health.outOfService()
                : !dueSoon.isEmpty() ? Health.status(WARNING) : Health.up();
        health.withDetail("maxAgeDays", schedule.maxAgeDays());
        if (!overdue.isEmpty()) {
            health.withDetail("overdue", overdue);
        }
        if (!dueSoon.isEmpty()) {
            health.withDetail("dueSoon", dueSoon);
        }
        return health.withDetail("secrets", secrets).build();
    }

    private static List<String> names(List<SecretRotationSchedule.SecretAge> ages, SecretRotationSchedule.State state) {
        return ages.stream().filter(age -> age.state() == state).map(SecretRotationSchedule.SecretAge::name).toList();
    }
}
