package io.ytbridge.yclients;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.ytbridge.config.BridgeEndpoints;
import io.ytbridge.ops.SecretsRotatedEvent;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.springframework.context.event.EventListener;
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

    private final YclientsSettings settings;
    private final BridgeEndpoints endpoints;
    private final ProducerTemplate producer;

    private String userToken;
    /** Bumped each time a user token is obtained, so that a 401 drops only the token it was answered for. */
    private long userTokenGeneration;

    public YclientsCredentials(YclientsSettings settings, BridgeEndpoints endpoints, ProducerTemplate producer) {
        this.settings = settings;
        this.endpoints = endpoints;
        this.producer = producer;
    }

    /** A rotated partner token, login or password makes the cached user token worthless. */
    @EventListener
    public synchronized void onSecretsRotated(SecretsRotatedEvent rotated) {
        if (rotated.affects("YCLIENTS_PARTNER_TOKEN", "YCLIENTS_LOGIN", "YCLIENTS_PASSWORD")) {
            userToken = null;
        }
    }

    public boolean userAvailable() {
        return settings.sandbox() || settings.b2bConfigured();
    }

    /** {@code Bearer <partner>} for online booking, {@code Bearer <partner>, User <user>} for company data. */
    public String authorization(boolean asUser) {
        String partner = "Bearer " + endpoints.yclientsPartnerToken().trim();
        return asUser ? partner + ", User " + userToken() : partner;
    }

    /** Body of {@code POST /auth}; only the login route asks for it. */
    public Map<String, String> loginBody() {
        return Map.of("login", endpoints.yclientsLogin().trim(), "password", endpoints.yclientsPassword());
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
