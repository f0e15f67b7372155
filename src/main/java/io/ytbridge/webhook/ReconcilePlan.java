package io.ytbridge.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import io.ytbridge.config.InvalidSettingException;
import org.apache.camel.util.TimeUtils;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * How reconciliation asks Yclients, and how much. With a salon user's login it asks for the records changed
 * since the last run (one call); without, it reads the bot's own upcoming records one by one, at most
 * {@code rate-limit-share} of the per-minute limit, spread evenly over the interval.
 */
@Component("reconcilePlan")
public class ReconcilePlan {

    /** Yclients' {@code changed_after} is the salon's wall-clock time, without an offset. */
    private static final DateTimeFormatter CHANGED_AFTER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    /** Clocks differ: each run asks again for a little of what the last one saw; dedupe drops the repeats. */
    private static final Duration OVERLAP = Duration.ofMinutes(2);

    private final boolean changedRecords;
    private final Duration initialLookback;
    private final int recordsPerRun;
    private final long spacingMillis;
    private final CompanyZone companyZone;

    public ReconcilePlan(Environment environment, CompanyZone companyZone) {
        this.companyZone = companyZone;
        this.changedRecords = !environment.getProperty("bridge.yclients.login", "").isBlank();
        this.initialLookback = Duration.ofHours(environment.getProperty("bridge.reconcile.initial-lookback-hours",
                Long.class, 24L));
        long intervalMillis;
        double share;
        try {
            intervalMillis = TimeUtils.toMilliSeconds(environment.getProperty("bridge.reconcile.interval", "5m"));
        } catch (RuntimeException unreadable) {
            throw new InvalidSettingException("RECONCILE_INTERVAL", "a duration like 5m, 300s or 300000");
        }
        try {
            share = Double.parseDouble(environment.getProperty("bridge.reconcile.rate-limit-share", "0.1"));
        } catch (NumberFormatException e) {
            share = -1;
        }
        if (intervalMillis <= 0) {
            throw new InvalidSettingException("RECONCILE_INTERVAL", "a positive duration like 5m");
        }
        if (!(share > 0 && share <= 1)) {
            throw new InvalidSettingException("RECONCILE_RATE_LIMIT_SHARE",
                    "a fraction above 0 and at most 1, like 0.1");
        }
        double callsPerMinute = share
                * environment.getProperty("bridge.yclients.rate-limit.per-minute", Long.class, 200L);
        this.recordsPerRun = (int) Math.max(1, Math.floor(callsPerMinute * intervalMillis / 60_000d));
        this.spacingMillis = (long) Math.ceil(60_000d / callsPerMinute);
    }

    public boolean usesChangedRecords() {
        return changedRecords;
    }

    public int recordsPerRun() {
        return recordsPerRun;
    }

    public long spacingMillis() {
        return spacingMillis;
    }

    /** This run's watermark, stored in bridge_state once the run has gone through: epoch seconds. */
    public long watermark() {
        return Instant.now().getEpochSecond();
    }

    /** {@code changed_after} for this run, from the stored watermark (epoch seconds), or the initial look-back. */
    public String changedAfter(Long companyId, Long storedWatermark) {
        Instant since = storedWatermark == null ? Instant.now().minus(initialLookback)
                : Instant.ofEpochSecond(storedWatermark).minus(OVERLAP);
        return since.atZone(companyZone.zoneFor(companyId)).format(CHANGED_AFTER);
    }
}
