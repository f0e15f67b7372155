package io.ytbridge.ops;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When each secret was last rotated (table secret_metadata): a value seen for the first time counts as rotated
 * now; an operator can state the real date through the admin API.
 */
@Component
class SecretRotationLedger {

    private final JdbcTemplate jdbc;
    private final SecretFingerprints fingerprints;

    SecretRotationLedger(JdbcTemplate jdbc, SecretFingerprints fingerprints) {
        this.jdbc = jdbc;
        this.fingerprints = fingerprints;
    }

    /** Records the value's fingerprint; true when the value is new (first seen, or different from the last one). */
    boolean record(BridgeSecret secret, String value) {
        String fingerprint = fingerprints.of(secret.name(), value);
        Timestamp now = Timestamp.from(Instant.now());
        List<String> known = jdbc.queryForList("SELECT fingerprint FROM secret_metadata WHERE name = ?", String.class,
                secret.name());
        if (known.isEmpty()) {
            try {
                jdbc.update("INSERT INTO secret_metadata (name, fingerprint, rotated_at, first_seen_at)"
                        + " VALUES (?, ?, ?, ?)", secret.name(), fingerprint, now, now);
                return true;
            } catch (DataIntegrityViolationException anotherReplicaWasFirst) {
                known = List.of("");
            }
        }
        if (fingerprint.equals(known.get(0))) {
            return false;
        }
        return jdbc.update("UPDATE secret_metadata SET fingerprint = ?, rotated_at = ?, first_seen_at = ?"
                + " WHERE name = ? AND (fingerprint IS NULL OR fingerprint <> ?)",
                fingerprint, now, now, secret.name(), fingerprint) == 1;
    }

    /** Sets the date the current value was issued; false when the secret has never been seen. */
    boolean markRotated(BridgeSecret secret, Instant rotatedAt) {
        return jdbc.update("UPDATE secret_metadata SET rotated_at = ? WHERE name = ?", Timestamp.from(rotatedAt),
                secret.name()) == 1;
    }

    Optional<Instant> rotatedAt(BridgeSecret secret) {
        return jdbc.queryForList("SELECT rotated_at FROM secret_metadata WHERE name = ?", OffsetDateTime.class,
                secret.name()).stream().findFirst().map(OffsetDateTime::toInstant);
    }
}
