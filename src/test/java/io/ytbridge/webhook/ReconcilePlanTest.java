package io.ytbridge.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import io.ytbridge.config.InvalidSettingException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ReconcilePlanTest {

    private static MockEnvironment settings() {
        return new MockEnvironment().withProperty("bridge.yclients.timezone", "Asia/Yekaterinburg")
                .withProperty("bridge.reconcile.interval", "5m")
                .withProperty("bridge.reconcile.rate-limit-share", "0.1")
                .withProperty("bridge.yclients.rate-limit.per-minute", "200");
    }

    private static ReconcilePlan plan(MockEnvironment environment) {
        return new ReconcilePlan(environment, new CompanyZone(environment));
    }

    @Test
    void aTenthOfTwoHundredAMinuteOverFiveMinutesIsAHundredRecordsThreeSecondsApart() {
        ReconcilePlan plan = plan(settings());

        assertThat(plan.recordsPerRun()).isEqualTo(100);
        assertThat(plan.spacingMillis()).isEqualTo(3000);
        assertThat(plan.usesChangedRecords()).isFalse();
        assertThat(plan(settings().withProperty("bridge.yclients.login", "admin@salon.test")).usesChangedRecords()).isTrue();
    }

    @Test
    void changedAfterIsTheSalonsWallClockFromTheWatermarkLessAnOverlap() {
        long watermark = Instant.parse("2026-03-20T10:00:00Z").getEpochSecond();

        assertThat(plan(settings()).changedAfter(1L, watermark)).isEqualTo("2026-03-20T14:58:00");
        assertThat(LocalDateTime.parse(plan(settings()).changedAfter(1L, null)))
                .isBefore(LocalDateTime.now(ZoneId.of("Asia/Yekaterinburg")).minusHours(23));
    }

    @Test
    void aShareOutsideZeroToOneOrAnUnreadableIntervalStopsStartup() {
        assertThatThrownBy(() -> plan(settings().withProperty("bridge.reconcile.rate-limit-share", "1.5")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("RECONCILE_RATE_LIMIT_SHARE");
        assertThatThrownBy(() -> plan(settings().withProperty("bridge.reconcile.interval", "soon")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("RECONCILE_INTERVAL");
    }
}
