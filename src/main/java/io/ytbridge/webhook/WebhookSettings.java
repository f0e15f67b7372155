package io.ytbridge.webhook;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.ytbridge.config.InvalidSettingException;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The webhook receiver's settings, read and checked once at startup. The secret in effect is the sandbox's own
 * when Yclients is simulated, so the sandbox salon can deliver without YCLIENTS_WEBHOOK_SECRET.
 */
@Component("webhookSettings")
public class WebhookSettings {

    /** Ways a delivery may prove it knows the shared secret. */
    public enum AuthMethod { BEARER, QUERY, PATH, HMAC }

    private final String path;
    private final byte[] secret;
    private final boolean sandbox;
    private final Set<AuthMethod> authMethods;
    private final String hmacHeader;
    private final List<CidrBlock> allowedSources;
    private final List<CidrBlock> trustedProxies;
    private final int maxBodyBytes;
    private final Long companyId;
    private final String publicUrl;

    public WebhookSettings(Environment environment) {
        this.sandbox = environment.getProperty("bridge.yclients.sandbox", Boolean.class, true);
        String configuredSecret = environment.getProperty(
                sandbox ? "bridge.sandbox.webhook-secret" : "bridge.yclients.webhook-secret", "").trim();
        this.secret = configuredSecret.getBytes(StandardCharsets.UTF_8);
        this.path = environment.getProperty("bridge.webhook.path", "/yclients/webhook").trim();
        if (!path.startsWith("/") || path.endsWith("/") || path.contains("{") || path.contains("?")) {
            throw new InvalidSettingException("YCLIENTS_WEBHOOK_PATH", "a path like /yclients/webhook");
        }
        this.authMethods = parseAuthMethods(environment.getProperty("bridge.webhook.auth-methods", ""));
        this.hmacHeader = environment.getProperty("bridge.webhook.hmac-header", "").trim();
        if (authMethods.contains(AuthMethod.HMAC) && hmacHeader.isEmpty()) {
            throw new InvalidSettingException("YCLIENTS_WEBHOOK_HMAC_HEADER", "a header name when hmac is enabled");
        }
        this.allowedSources = parseCidrs(environment.getProperty("bridge.webhook.allowed-cidrs", ""),
                "YCLIENTS_WEBHOOK_ALLOWED_CIDRS");
        this.trustedProxies = parseCidrs(environment.getProperty("bridge.webhook.trusted-proxy-cidrs", ""),
                "YCLIENTS_WEBHOOK_TRUSTED_PROXIES");
        this.maxBodyBytes = positive(environment.getProperty("bridge.webhook.max-body-bytes", "262144"),
                "YCLIENTS_WEBHOOK_MAX_BODY_BYTES");
        String company = environment.getProperty("bridge.yclients.company-id", "").trim();
        // The sandbox's demo salon is company 1; a real salon's id is required by the settings check.
        this.companyId = company.isEmpty() ? (sandbox ? Long.valueOf(1) : null) : Long.valueOf(company);
        String url = environment.getProperty("bridge.webhook.public-url", "").trim();
        if (!url.isEmpty() && !url.matches("https?://[^\\s/]+/\\S*")) {
            throw new InvalidSettingException("YCLIENTS_WEBHOOK_PUBLIC_URL", "an http(s) URL such as "
                    + "https://bot.example.com/yclients/webhook");
        }
        this.publicUrl = url.isEmpty() ? null : url;
    }

    public String path() {
        return path;
    }

    /** The shared secret's bytes; empty when none is configured, and then every delivery is refused. */
    byte[] secret() {
        return secret.clone();
    }

    public boolean hasSecret() {
        return secret.length > 0;
    }

    public Set<AuthMethod> authMethods() {
        return authMethods;
    }

    public String hmacHeader() {
        return hmacHeader;
    }

    public List<CidrBlock> allowedSources() {
        return allowedSources;
    }

    public List<CidrBlock> trustedProxies() {
        return trustedProxies;
    }

    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    /** The salon whose webhooks and records this bundle follows; null only when misconfigured. */
    public Long companyId() {
        return companyId;
    }

    /** A company id given with a request (a branch) when it is a positive number, else {@link #companyId()}. */
    public Long companyIdOr(String requested) {
        if (requested != null && requested.matches("[1-9][0-9]{0,17}")) {
            return Long.valueOf(requested);
        }
        return companyId;
    }

    /** The URL Yclients is to call, as registered in its hook settings; null when not configured. */
    public String publicUrl() {
        return publicUrl;
    }

    /** One line for the startup banner; never the secret. */
    public String describe() {
        if (!hasSecret()) {
            return "YCLIENTS_WEBHOOK_SECRET not set: " + path + " refuses every delivery";
        }
        String methods = authMethods.stream().map(method -> method.name().toLowerCase(Locale.ROOT))
                .reduce((a, b) -> a + ", " + b).orElse("none");
        return path + " accepts deliveries proven by " + methods
                + (sandbox ? " with the sandbox's secret" : "")
                + (allowedSources.isEmpty() ? "" : ", from " + allowedSources.size() + " allowed address range(s)");
    }

    private static Set<AuthMethod> parseAuthMethods(String text) {
        Set<AuthMethod> methods = EnumSet.noneOf(AuthMethod.class);
        for (String name : text.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                methods.add(AuthMethod.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingException("YCLIENTS_WEBHOOK_AUTH_METHODS",
                        "a comma-separated list of bearer, query, path, hmac");
            }
        }
        if (methods.isEmpty()) {
            throw new InvalidSettingException("YCLIENTS_WEBHOOK_AUTH_METHODS",
                    "a comma-separated list of bearer, query, path, hmac");
        }
        return methods;
    }

    private static List<CidrBlock> parseCidrs(String text, String variable) {
        List<CidrBlock> blocks = new ArrayList<>();
        for (String cidr : Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()) {
            blocks.add(CidrBlock.parse(cidr).orElseThrow(() -> new InvalidSettingException(variable,
                    "a comma-separated list of IP ranges like 10.0.0.0/8, 2001:db8::/32")));
        }
        return List.copyOf(blocks);
    }

    private static int positive(String text, String variable) {
        try {
            int value = Integer.parseInt(text.trim());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new InvalidSettingException(variable, "a positive integer");
    }
}
