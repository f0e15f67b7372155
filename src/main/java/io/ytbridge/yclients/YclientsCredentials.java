package io.ytbridge.yclients;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * The partner token and the user token, and nothing else: builds the {@code Authorization} header value and keeps
 * the user token, obtained through the funnel itself ({@code direct:yclients-user-login}: POST /auth) the first
 * time a B2B call needs it. Neither token, nor the login and password, is ever logged or audited.
 * <p>
 * In sandbox mode (no partner token) the sandbox's own credentials are used, so the B2B routes run there too.
 */
@Component("yclientsCredentials")
public class YclientsCredentials {

    /** What the funnel sends as partner token to the built-in sandbox; not a secret. */
    public static final String SANDBOX_PARTNER_TOKEN = "sandbox-partner-token";
    public static final String SANDBOX_LOGIN = "sandbox@example.com";
    public static final String SANDBOX_PASSWORD = "sandbox-password";

    private final YclientsSettings settings;
    private final ProducerTemplate producer;

    private String userToken;
    /** Bumped each time a user token is obtained, so that a 401 drops only the token it was answered for. */
    private long userTokenGeneration;

    public YclientsCredentials(YclientsSettings settings, ProducerTemplate producer) {
        this.settings = settings;
        this.producer = producer;
    }

    public boolean userAvailable() {
        return settings.sandbox() || settings.b2bConfigured();
    }

    /** {@code Bearer <partner>} for online booking, {@code Bearer <partner>, User <user>} for company data. */
    public String authorization(boolean asUser) {
        String partner = "Bearer " + (settings.sandbox() ? SANDBOX_PARTNER_TOKEN : settings.partnerToken().trim());
        return asUser ? partner + ", User " + userToken() : partner;
    }

    /** Body of {@code POST /auth}; only the login route asks for it. */
    public Map<String, String> loginBody() {
        return settings.sandbox() && !settings.b2bConfigured()
                ? Map.of("login", SANDBOX_LOGIN, "password", SANDBOX_PASSWORD)
                : Map.of("login", settings.login().trim(), "password", settings.password());
    }

    public synchronized long userTokenGeneration() {
        return userTokenGeneration;
    }

    /** Forgets the user token after Yclients refused it, unless a newer one was obtained meanwhile. */
    public synchronized void forgetUserToken(long refusedGeneration) {
        if (refusedGeneration == userTokenGeneration) {
            userToken = null;
        }
    }

    private synchronized String userToken() {
        if (!userAvailable()) {
            throw new YclientsException(YclientsOutcome.UNAUTHORIZED, null, null,
                    "This Yclients call needs company (B2B) access: set YCLIENTS_LOGIN and YCLIENTS_PASSWORD");
        }
        if (userToken == null) {
            JsonNode data;
            try {
                data = producer.requestBody("direct:yclients-user-login", null, JsonNode.class);
            } catch (CamelExecutionException failed) {
                if (failed.getCause() instanceof YclientsException refused
                        && refused.outcome() == YclientsOutcome.UNAUTHORIZED) {
                    throw new YclientsException(YclientsOutcome.UNAUTHORIZED, refused.code(), refused.httpStatus(),
                            "Yclients refused YCLIENTS_LOGIN/YCLIENTS_PASSWORD (POST /auth)");
                }
                throw failed.getCause() instanceof YclientsException other ? other : failed;
            }
            String token = data == null ? "" : data.path("user_token").asText("");
            if (token.isBlank()) {
                throw new YclientsException(YclientsOutcome.UNAUTHORIZED, null, null,
                        "Yclients answered POST /auth without a user_token");
            }
            userToken = token;
            userTokenGeneration++;
        }
        return userToken;
    }
}
