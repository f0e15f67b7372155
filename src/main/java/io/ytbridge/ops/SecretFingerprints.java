package io.ytbridge.ops;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A fingerprint tells whether a secret's value changed without storing the value: PBKDF2 over the value, salted
 * with this installation's random salt (kept in bridge_state, shared by every replica) and the secret's name.
 * The work factor matters for YCLIENTS_PASSWORD, which a person chose: a copied database must not make guessing
 * it cheap. Computed only when a value is new to this process.
 */
@Component
class SecretFingerprints {

    private static final String SALT_STATE = "secret_fingerprint_salt";
    private static final int ITERATIONS = 100_000;

    private final JdbcTemplate jdbc;
    private volatile byte[] installationSalt;

    SecretFingerprints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String of(String name, String value) {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        byte[] salt = ByteBuffer.allocate(8 + nameBytes.length).put(installationSalt()).put(nameBytes).array();
        try {
            PBEKeySpec spec = new PBEKeySpec(value.toCharArray(), salt, ITERATIONS, 128);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            return HexFormat.of().formatHex(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        }
    }

    private byte[] installationSalt() {
        if (installationSalt == null) {
            List<Long> stored = storedSalt();
            if (stored.isEmpty()) {
                try {
                    jdbc.update("INSERT INTO bridge_state (name, state_value) VALUES (?, ?)", SALT_STATE,
                            new SecureRandom().nextLong());
                } catch (DataIntegrityViolationException anotherReplicaWasFirst) {
                    // its salt is the one to use, read below
                }
                stored = storedSalt();
            }
            installationSalt = ByteBuffer.allocate(8).putLong(stored.get(0)).array();
        }
        return installationSalt;
    }

    private List<Long> storedSalt() {
        return jdbc.queryForList("SELECT state_value FROM bridge_state WHERE name = ?", Long.class, SALT_STATE);
    }
}
