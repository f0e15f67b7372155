package io.ytbridge.ops;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Secret rotation for operators, never showing a value:
 * {@code GET /admin/secrets} (what is configured, when rotated, rotate by when);
 * {@code POST /admin/secrets/{NAME}/rotated} with {@code {"rotatedAt": "YYYY-MM-DD"}} (or no body: now) to state
 * when the current value was issued; {@code PUT /admin/secrets/{NAME}} with {@code {"value": "..."}} to use a new
 * value at once, until the next restart; {@code POST /admin/secrets/reload} to re-read the secrets file now.
 */
@RestController
class SecretsAdminController {

    private final SecretStore secrets;
    private final SecretRotationLedger ledger;
    private final SecretRotationSchedule schedule;

    SecretsAdminController(SecretStore secrets, SecretRotationLedger ledger, SecretRotationSchedule schedule) {
        this.secrets = secrets;
        this.ledger = ledger;
        this.schedule = schedule;
    }

    @GetMapping("/admin/secrets")
    Map<String, Object> list(HttpServletRequest request) {
        request.setAttribute(AdminAccessFilter.AUDIT_OPERATION, "secrets_list");
        Map<String, SecretRotationSchedule.SecretAge> ages = new LinkedHashMap<>();
        schedule.ages().forEach(age -> ages.put(age.name(), age));
        List<Map<String, Object>> list = new ArrayList<>();
        for (BridgeSecret secret : BridgeSecret.values()) {
            if (!secret.rotationTracked()) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", secret.name());
            entry.put("configured", secrets.isConfigured(secret));
            SecretRotationSchedule.SecretAge age = ages.get(secret.name());
            if (age != null) {
                entry.put("rotatedAt", age.rotatedAt().toString());
                entry.put("rotateBy", age.rotateBy().toString());
                entry.put("state", age.state().name().toLowerCase(Locale.ROOT));
            }
            list.add(entry);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("maxAgeDays", schedule.maxAgeDays());
        answer.put("warnDays", schedule.warnDays());
        answer.put("secrets", list);
        return answer;
    }

    @PostMapping("/admin/secrets/{name}/rotated")
    ResponseEntity<Map<String, Object>> rotated(@PathVariable String name,
            @RequestBody(required = false) Map<String, String> body, HttpServletRequest request) {
        request.setAttribute(AdminAccessFilter.AUDIT_OPERATION, "secret_rotated_at");
        BridgeSecret secret = known(name);
        String given = body == null ? null : body.get("rotatedAt");
        Instant rotatedAt = given == null || given.isBlank() ? Instant.now() : instant(given.trim());
        if (rotatedAt.isAfter(Instant.now())) {
            throw new AdminBadRequest("rotatedAt must not be in the future");
        }
        if (!secrets.isConfigured(secret) || !ledger.markRotated(secret, rotatedAt)) {
            throw new AdminBadRequest(name + " is not configured");
        }
        return ResponseEntity.ok(Map.of("name", name, "rotatedAt", rotatedAt.toString()));
    }

    @PutMapping("/admin/secrets/{name}")
    ResponseEntity<Map<String, Object>> set(@PathVariable String name, @RequestBody Map<String, String> body,
            HttpServletRequest request) {
        request.setAttribute(AdminAccessFilter.AUDIT_OPERATION, "secret_set");
        BridgeSecret secret = known(name);
        if (!body.containsKey("value")) {
            throw new AdminBadRequest("the body must be {\"value\": \"...\"}; an empty value drops the one set here");
        }
        return ResponseEntity.ok(Map.of("changed", secrets.set(secret, body.get("value"))));
    }

    @PostMapping("/admin/secrets/reload")
    Map<String, Set<String>> reload(HttpServletRequest request) {
        request.setAttribute(AdminAccessFilter.AUDIT_OPERATION, "secrets_reload");
        return Map.of("changed", secrets.reload());
    }

    private static BridgeSecret known(String name) {
        try {
            return BridgeSecret.named(name);
        } catch (IllegalArgumentException e) {
            throw new AdminBadRequest("unknown secret " + name + "; known: "
                    + Arrays.toString(BridgeSecret.values()));
        }
    }

    private static Instant instant(String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new AdminBadRequest("rotatedAt must be a date as YYYY-MM-DD or a timestamp like 2026-01-31T09:30:00Z");
        }
    }
}
