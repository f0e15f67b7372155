package io.ytbridge.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one gate in front of every {@code /admin} path, whoever serves it (a Spring controller or a Camel
 * platform-http route): {@code Authorization: Bearer <ADMIN_TOKEN>}, compared in constant time. Without an
 * ADMIN_TOKEN the admin API does not exist (404); a missing or wrong token gets 401 with an empty body.
 * Every request that reaches the gate with a token configured leaves one audit row (system {@code admin}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class AdminAccessFilter extends OncePerRequestFilter {

    /** Request attribute an admin endpoint sets to name its operation in the audit row. */
    public static final String AUDIT_OPERATION = AdminAccessFilter.class.getName() + ".auditOperation";

    private static final Logger LOG = LoggerFactory.getLogger(AdminAccessFilter.class);
    private static final String BEARER = "bearer ";

    private final SecretStore secrets;
    private final ProducerTemplate producer;

    public AdminAccessFilter(SecretStore secrets, ProducerTemplate producer) {
        this.secrets = secrets;
        this.producer = producer;
    }

    /** The servlet path is decoded and normalised by the container, so {@code //admin} or {@code %61dmin} match too. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return !(path.equals("/admin") || path.startsWith("/admin/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String adminToken = secrets.current(BridgeSecret.ADMIN_TOKEN);
        if (adminToken.isEmpty()) {
            answerEmpty(response, HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long started = System.nanoTime();
        if (!presentsToken(request, adminToken)) {
            response.setHeader("WWW-Authenticate", "Bearer");
            answerEmpty(response, HttpServletResponse.SC_UNAUTHORIZED);
            audit(request, response.getStatus(), started, "unauthorized");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            int status = response.getStatus();
            audit(request, status, started, status < 400 ? "ok" : status < 500 ? "rejected" : "error");
        }
    }

    private static boolean presentsToken(HttpServletRequest request, String adminToken) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        String presented = authorization.substring(BEARER.length()).trim();
        // Digests first: equal lengths, so the comparison time says nothing about the token's length either.
        return MessageDigest.isEqual(sha256(presented), sha256(adminToken));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void answerEmpty(HttpServletResponse response, int status) {
        response.setStatus(status);
        response.setContentLength(0);
    }

    private void audit(HttpServletRequest request, int status, long started, String outcome) {
        Object operation = request.getAttribute(AUDIT_OPERATION);
        Map<String, Object> headers = new HashMap<>();
        headers.put("auditSystem", "admin");
        headers.put("auditOperation", operation == null ? "admin_request" : operation.toString());
        headers.put("auditMethod", request.getMethod());
        headers.put("auditPath", request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        headers.put("auditHttpStatus", status);
        headers.put("auditLatencyMs", (System.nanoTime() - started) / 1_000_000);
        headers.put("auditOutcome", outcome);
        headers.put("auditErrorCode", null);
        String correlationId = request.getHeader("X-Correlation-Id");
        headers.put("auditCorrelationId", correlationId == null || correlationId.length() <= 128
                ? correlationId : correlationId.substring(0, 128));
        try {
            producer.sendBodyAndHeaders("direct:audit", null, headers);
        } catch (RuntimeException e) {
            LOG.warn("Could not write the audit row for an admin request", e);
        }
    }
}
