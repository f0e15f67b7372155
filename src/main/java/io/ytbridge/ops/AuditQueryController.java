package io.ytbridge.ops;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /admin/audit?from=&to=&system=&operation=&outcome=&correlationId=&limit=}: the audit trail, newest
 * first, so "what happened to this booking" is one request (its record id or Telegram update id is the
 * correlation id). {@code from}/{@code to} are salon days (YYYY-MM-DD, both included) or exact ISO timestamps.
 * Every filter is a bound parameter.
 */
@RestController
class AuditQueryController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    AuditQueryController(JdbcTemplate jdbc, @Value("${bridge.yclients.timezone:Europe/Moscow}") String zone) {
        this.jdbc = jdbc;
        this.zone = ZoneId.of(zone);
    }

    @GetMapping("/admin/audit")
    List<Map<String, Object>> audit(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String system,
            @RequestParam(required = false) String operation, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String correlationId, @RequestParam(required = false) String limit,
            HttpServletRequest request) {
        request.setAttribute(AdminAccessFilter.AUDIT_OPERATION, "audit_query");
        StringBuilder sql = new StringBuilder("SELECT id, occurred_at, external_system, operation, method, path,"
                + " http_status, latency_ms, outcome, error_code, correlation_id FROM audit_log WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (from != null && !from.isBlank()) {
            sql.append(" AND occurred_at >= ?");
            parameters.add(Timestamp.from(instant("from", from, false)));
        }
        if (to != null && !to.isBlank()) {
            sql.append(" AND occurred_at < ?");
            parameters.add(Timestamp.from(instant("to", to, true)));
        }
        equal(sql, parameters, "external_system", system);
        equal(sql, parameters, "operation", operation);
        equal(sql, parameters, "outcome", outcome);
        equal(sql, parameters, "correlation_id", correlationId);
        sql.append(" ORDER BY occurred_at DESC, id DESC LIMIT ?");
        parameters.add(limit(limit));

        return jdbc.query(sql.toString(), (row, index) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", row.getLong("id"));
            entry.put("occurredAt", row.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(zone)
                    .toOffsetDateTime().toString());
            entry.put("system", row.getString("external_system"));
            entry.put("operation", row.getString("operation"));
            entry.put("method", row.getString("method"));
            entry.put("path", row.getString("path"));
            entry.put("httpStatus", row.getObject("http_status"));
            entry.put("latencyMs", row.getObject("latency_ms"));
            entry.put("outcome", row.getString("outcome"));
            entry.put("errorCode", row.getString("error_code"));
            entry.put("correlationId", row.getString("correlation_id"));
            return entry;
        }, parameters.toArray());
    }

    private static void equal(StringBuilder sql, List<Object> parameters, String column, String value) {
        if (value != null && !value.isBlank()) {
            sql.append(" AND ").append(column).append(" = ?");
            parameters.add(value.trim());
        }
    }

    /** A salon day (the end of the day when it closes the range) or an exact ISO timestamp. */
    private Instant instant(String name, String value, boolean endOfRange) {
        String text = value.trim();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfRange ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new AdminBadRequest(name + " must be a date as YYYY-MM-DD or a timestamp like 2026-01-31T09:30:00Z");
        }
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new AdminBadRequest("limit must be a whole number from 1 to " + MAX_LIMIT);
    }
}
