package io.ytbridge.ops;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The current value of each {@link BridgeSecret}. Code that needs a token asks here on every use instead of reading
 * the Environment once, so a rotated value takes effect without a restart.
 */
@Component("secretStore")
public class SecretStore {

    private final Environment environment;
    private volatile Map<BridgeSecret, String> values;

    public SecretStore(Environment environment) {
        this.environment = environment;
        this.values = read();
        this.values.values().forEach(SensitiveText::registerSecret);
        // Not rotated through here (it needs a new connection pool), but masked in logs all the same.
        SensitiveText.registerSecret(environment.getProperty("spring.datasource.password"));
    }

    /** The secret's current value, empty when it is not configured. */
    public String current(BridgeSecret secret) {
        return values.get(secret);
    }

    /** {@link #current(BridgeSecret)} by the environment variable's name, e.g. {@code current("ADMIN_TOKEN")}. */
    public String current(String name) {
        return current(BridgeSecret.named(name));
    }

    public boolean isConfigured(BridgeSecret secret) {
        return !current(secret).isEmpty();
    }

    private Map<BridgeSecret, String> read() {
        Map<BridgeSecret, String> read = new EnumMap<>(BridgeSecret.class);
        for (BridgeSecret secret : BridgeSecret.values()) {
            read.put(secret, environment.getProperty(secret.property(), "").trim());
        }
        return read;
    }
}
