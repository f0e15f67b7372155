package io.ytbridge.ops;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The current value of each {@link BridgeSecret}. Code that needs a token asks here on every use
 * ({@code secretStore.current("YCLIENTS_PARTNER_TOKEN")}) instead of reading the Environment once, so a rotated
 * value takes effect without a restart. Where a value comes from, first match wins:
 * <ol>
 * <li>a value set through {@code PUT /admin/secrets/{name}} (kept in memory until the next restart);</li>
 * <li>the secrets file ({@code bridge.secrets.file}): a directory holding one file per secret, named like the
 * variable (a mounted Kubernetes or Docker secret), or a properties file {@code NAME=value}; re-read by the
 * {@code secrets-reload} route;</li>
 * <li>the environment variable.</li>
 * </ol>
 * Every value seen is fingerprinted into secret_metadata (a new value = rotated now) and masked in logs; a change
 * publishes {@link SecretsRotatedEvent} with the names.
 */
@Component("secretStore")
public class SecretStore {

    private static final Logger LOG = LoggerFactory.getLogger(SecretStore.class);

    private final Environment environment;
    private final SecretRotationLedger ledger;
    private final ApplicationEventPublisher events;
    private final Path secretsFile;
    private final Map<BridgeSecret, String> setByAdmin = new ConcurrentHashMap<>();
    private volatile Map<BridgeSecret, String> values = new EnumMap<>(BridgeSecret.class);
    private volatile String unreadableFileReason;

    public SecretStore(Environment environment, SecretRotationLedger ledger, ApplicationEventPublisher events,
            @Value("${bridge.secrets.file:}") String secretsFile) {
        this.environment = environment;
        this.ledger = ledger;
        this.events = events;
        this.secretsFile = secretsFile.isBlank() ? null : Path.of(secretsFile.trim());
        // Not rotated through here (it needs a new connection pool), but masked in logs all the same.
        SensitiveText.registerSecret(environment.getProperty("spring.datasource.password"));
        apply(read(), false);
    }

    /** The secret's current value, empty when it is not configured. */
    public String current(BridgeSecret secret) {
        return values.getOrDefault(secret, "");
    }

    /** {@link #current(BridgeSecret)} by the environment variable's name, e.g. {@code current("ADMIN_TOKEN")}. */
    public String current(String name) {
        return current(BridgeSecret.named(name));
    }

    public boolean isConfigured(BridgeSecret secret) {
        return !current(secret).isEmpty();
    }

    /** Reads every source again; returns the names whose value changed (and announces them). */
    public synchronized Set<String> reload() {
        return apply(read(), true);
    }

    /** Sets a value until the next restart, as if it came from the environment; empty drops the admin's value. */
    public synchronized Set<String> set(BridgeSecret secret, String value) {
        if (value == null || value.isBlank()) {
            setByAdmin.remove(secret);
        } else {
            setByAdmin.put(secret, value.trim());
        }
        return reload();
    }

    private Set<String> apply(Map<BridgeSecret, String> read, boolean announce) {
        Set<String> changed = new LinkedHashSet<>();
        for (BridgeSecret secret : BridgeSecret.values()) {
            String value = read.get(secret);
            if (!value.equals(values.getOrDefault(secret, ""))) {
                changed.add(secret.name());
            }
            if (!value.isEmpty()) {
                SensitiveText.registerSecret(value);
                if (secret.rotationTracked() && !value.equals(values.get(secret))) {
                    ledger.record(secret, value);
                }
            }
        }
        values = read;
        if (announce && !changed.isEmpty()) {
            LOG.info("Secrets changed without a restart: {}", changed);
            events.publishEvent(new SecretsRotatedEvent(changed));
        }
        return changed;
    }

    private Map<BridgeSecret, String> read() {
        Map<String, String> fromFile = readSecretsFile();
        Map<BridgeSecret, String> read = new EnumMap<>(BridgeSecret.class);
        for (BridgeSecret secret : BridgeSecret.values()) {
            String value = setByAdmin.get(secret);
            if (value == null || value.isBlank()) {
                value = fromFile.get(secret.name());
            }
            if (value == null || value.isBlank()) {
                value = environment.getProperty(secret.property(), "");
            }
            read.put(secret, value.trim());
        }
        return read;
    }

    private Map<String, String> readSecretsFile() {
        if (secretsFile == null) {
            return Map.of();
        }
        Map<String, String> found = new ConcurrentHashMap<>();
        try {
            if (Files.isDirectory(secretsFile)) {
                for (BridgeSecret secret : BridgeSecret.values()) {
                    Path file = secretsFile.resolve(secret.name());
                    if (Files.isRegularFile(file)) {
                        found.put(secret.name(), Files.readString(file, StandardCharsets.UTF_8).trim());
                    }
                }
            } else {
                Properties properties = new Properties();
                try (Reader reader = Files.newBufferedReader(secretsFile, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                properties.stringPropertyNames().forEach(name -> found.put(name, properties.getProperty(name).trim()));
            }
            unreadableFileReason = null;
        } catch (IOException e) {
            String reason = e.getClass().getSimpleName();
            if (!reason.equals(unreadableFileReason)) {
                LOG.warn("Secrets file {} cannot be read ({}); using the environment's values", secretsFile, reason);
                unreadableFileReason = reason;
            }
        }
        return found;
    }
}
