package io.ytbridge.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import io.ytbridge.config.InvalidSettingException;
import io.ytbridge.webhook.WebhookAuthenticator.Delivery;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class WebhookAuthenticatorTest {

    private static final byte[] BODY = "{\"resource\":\"record\",\"status\":\"update\",\"data\":{\"name\":\"Ёж\"}}"
            .getBytes(StandardCharsets.UTF_8);

    private static MockEnvironment realSalon(String secret) {
        return new MockEnvironment().withProperty("bridge.yclients.sandbox", "false")
                .withProperty("bridge.yclients.webhook-secret", secret)
                .withProperty("bridge.sandbox.webhook-secret", "sandbox-webhook-secret")
                .withProperty("bridge.webhook.auth-methods", "bearer,query,path,hmac")
                .withProperty("bridge.webhook.hmac-header", "X-Signature");
    }

    private static WebhookAuthenticator authenticator(MockEnvironment environment) {
        return new WebhookAuthenticator(new WebhookSettings(environment));
    }

    private static Delivery bearer(String authorization) {
        return new Delivery(authorization, null, "", null, "127.0.0.1", null, BODY);
    }

    @Test
    void withoutASecretEverythingIsRefused() {
        WebhookAuthenticator authenticator = authenticator(realSalon(""));

        assertThat(authenticator.refusal(bearer("Bearer "))).isEqualTo(WebhookOutcome.NOT_CONFIGURED);
        assertThat(authenticator.refusal(new Delivery(null, "secret=", "/", "", "127.0.0.1", null, BODY)))
                .isEqualTo(WebhookOutcome.NOT_CONFIGURED);
    }

    @Test
    void theSandboxUsesItsOwnSecretAndNotTheRealOne() {
        MockEnvironment sandbox = realSalon("real-secret").withProperty("bridge.yclients.sandbox", "true");
        WebhookAuthenticator authenticator = authenticator(sandbox);

        assertThat(authenticator.refusal(bearer("Bearer sandbox-webhook-secret"))).isNull();
        assertThat(authenticator.refusal(bearer("Bearer real-secret"))).isEqualTo(WebhookOutcome.UNAUTHENTICATED);
    }

    @Test
    void eachEnabledProofIsAccepted() {
        WebhookAuthenticator authenticator = authenticator(realSalon("s3cret"));
        byte[] mac = WebhookAuthenticator.hmacSha256("s3cret".getBytes(StandardCharsets.UTF_8), BODY);

        assertThat(authenticator.refusal(bearer("bearer s3cret"))).isNull();
        assertThat(authenticator.refusal(new Delivery(null, "a=1&secret=s3cret", "", null, "127.0.0.1", null, BODY))).isNull();
        assertThat(authenticator.refusal(new Delivery(null, null, "/s3cret", null, "127.0.0.1", null, BODY))).isNull();
        assertThat(authenticator.refusal(new Delivery(null, null, "", HexFormat.of().formatHex(mac).toUpperCase(),
                "127.0.0.1", null, BODY))).isNull();
        assertThat(authenticator.refusal(new Delivery(null, null, "", Base64.getUrlEncoder().encodeToString(mac),
                "127.0.0.1", null, BODY))).isNull();
    }

    @Test
    void nearMissesAreRefused() {
        WebhookAuthenticator authenticator = authenticator(realSalon("s3cret"));

        assertThat(authenticator.refusal(bearer("Basic s3cret"))).isEqualTo(WebhookOutcome.UNAUTHENTICATED);
        assertThat(authenticator.refusal(bearer("Bearer s3cre"))).isEqualTo(WebhookOutcome.UNAUTHENTICATED);
        assertThat(authenticator.refusal(new Delivery(null, "xsecret=s3cret", "", null, "127.0.0.1", null, BODY)))
                .isEqualTo(WebhookOutcome.UNAUTHENTICATED);
        assertThat(authenticator.refusal(new Delivery(null, null, "/x/s3cret", null, "127.0.0.1", null, BODY)))
                .isEqualTo(WebhookOutcome.UNAUTHENTICATED);
        assertThat(authenticator.refusal(new Delivery(null, null, "", "not-base64-!!", "127.0.0.1", null, BODY)))
                .isEqualTo(WebhookOutcome.UNAUTHENTICATED);
    }

    @Test
    void aDisabledProofDoesNotCount() {
        WebhookAuthenticator authenticator = authenticator(realSalon("s3cret")
                .withProperty("bridge.webhook.auth-methods", "bearer"));

        assertThat(authenticator.refusal(new Delivery(null, "secret=s3cret", "/s3cret", null, "127.0.0.1", null, BODY)))
                .isEqualTo(WebhookOutcome.UNAUTHENTICATED);
        assertThat(authenticator.refusal(bearer("Bearer s3cret"))).isNull();
    }

    @Test
    void theAllowlistIsCheckedBeforeAnyCredential() {
        WebhookAuthenticator authenticator = authenticator(realSalon("s3cret")
                .withProperty("bridge.webhook.allowed-cidrs", "10.0.0.0/8"));

        assertThat(authenticator.refusal(bearer("Bearer s3cret"))).isEqualTo(WebhookOutcome.ADDRESS_REFUSED);
        assertThat(authenticator.refusal(new Delivery("Bearer s3cret", null, "", null, "10.1.1.1", null, BODY))).isNull();
    }

    @Test
    void malformedSettingsStopStartupNamingTheVariable() {
        assertThatThrownBy(() -> new WebhookSettings(realSalon("s").withProperty("bridge.webhook.allowed-cidrs", "10.0.0.0/99")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("YCLIENTS_WEBHOOK_ALLOWED_CIDRS");
        assertThatThrownBy(() -> new WebhookSettings(realSalon("s").withProperty("bridge.webhook.auth-methods", "bearer,magic")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("YCLIENTS_WEBHOOK_AUTH_METHODS");
        assertThatThrownBy(() -> new WebhookSettings(realSalon("s").withProperty("bridge.webhook.public-url", "bot.example.com")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("YCLIENTS_WEBHOOK_PUBLIC_URL");
    }

    @Test
    void theBannerLineNeverShowsTheSecret() {
        assertThat(new WebhookSettings(realSalon("very-secret-value")).describe())
                .doesNotContain("very-secret-value").contains("bearer, query, path, hmac");
        assertThat(new WebhookSettings(realSalon("")).describe()).contains("refuses every delivery");
    }
}
