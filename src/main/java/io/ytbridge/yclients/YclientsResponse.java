package io.ytbridge.yclients;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.springframework.stereotype.Component;

/**
 * Reads what came back from one attempt, decides whether to try again, fills in the audit headers, and at the end
 * hands the caller either the envelope's {@code data} or a {@link YclientsException}. Bean {@code yclientsResponse}.
 * <p>
 * Tried again: 429, 5xx, connect and read timeouts. Not tried again: other 4xx. A request that is not idempotent
 * (a POST unless the caller says {@code yclientsIdempotent=true}) is resent only when Yclients certainly did not
 * act on it (connection never made, 429, 503); after a read timeout or another 5xx it fails as
 * {@link YclientsException#uncertain()} so that its caller can look before it books twice.
 */
@Component("yclientsResponse")
public class YclientsResponse {

    static final String RETRY_DELAY = "yclientsRetryDelayMs";
    static final String REAUTHENTICATED = "yclientsReauthenticated";
    static final String RESULT = "yclientsResult";

    private static final Set<Integer> NOT_ACTED_ON = Set.of(429, 503);

    private final YclientsCredentials credentials;
    private final YclientsRetryPolicy retryPolicy;
    private final long maxWaitMs;

    public YclientsResponse(YclientsCredentials credentials, YclientsRetryPolicy retryPolicy,
            YclientsSettings settings) {
        this.credentials = credentials;
        this.retryPolicy = retryPolicy;
        this.maxWaitMs = settings.rateLimit().maxWaitMs();
    }

    /** After each attempt: classify, choose retry or result, and set the audit* headers for the wireTap. */
    public void afterAttempt(Exchange exchange) {
        Message message = exchange.getMessage();
        message.removeHeader("Authorization");
        long latencyMs = (System.nanoTime() - exchange.getProperty(YclientsRequest.ATTEMPT_STARTED, Long.class))
                / 1_000_000;
        Throwable transportFailure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        exchange.removeProperty(Exchange.EXCEPTION_CAUGHT);

        String operation = message.getHeader(YclientsRequest.OPERATION, String.class);
        int attempt = exchange.getProperty(YclientsRequest.ATTEMPT, Integer.class);
        boolean idempotent = exchange.getProperty(YclientsRequest.SAFE_TO_RESEND, Boolean.class);
        Integer status = null;
        YclientsEnvelope envelope = null;
        YclientsOutcome outcome;
        boolean retryable;
        boolean resendSafe;
        String reason;
        if (transportFailure != null) {
            boolean neverConnected = neverConnected(transportFailure);
            outcome = YclientsOutcome.UNAVAILABLE;
            retryable = true;
            resendSafe = idempotent || neverConnected;
            reason = (neverConnected ? "could not connect" : "no answer") + " (" + transportFailure.getClass()
                    .getSimpleName() + ")";
        } else {
            status = message.getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
            envelope = YclientsEnvelope.parse(message.getBody(String.class));
            boolean success = status != null && status >= 200 && status < 300 && envelope.success();
            outcome = success ? null : outcomeFor(status, envelope.errorCode());
            retryable = status != null && (status == 429 || status >= 500);
            resendSafe = idempotent || NOT_ACTED_ON.contains(status);
            reason = "HTTP " + status + (envelope.errorCode() == null ? "" : ", code " + envelope.errorCode())
                    + (envelope.message() == null ? "" : ": " + AuditPath.maskPhones(envelope.message()));
        }
        setAuditHeaders(message, operation, status, latencyMs, outcome, envelope);

        exchange.setProperty(RETRY_DELAY, 0L);
        exchange.setProperty(YclientsRequest.AGAIN, false);
        if (outcome == null) {
            exchange.setProperty(RESULT, envelope.data());
            return;
        }
        Integer code = envelope == null ? null : envelope.errorCode();
        if (outcome == YclientsOutcome.UNAUTHORIZED
                && exchange.getProperty(YclientsRequest.AS_USER, false, Boolean.class)
                && !exchange.getProperty(REAUTHENTICATED, false, Boolean.class)) {
            credentials.forgetUserToken(exchange.getProperty(YclientsRequest.TOKEN_GENERATION, Long.class));
            exchange.setProperty(REAUTHENTICATED, true);
            exchange.setProperty(YclientsRequest.AGAIN, true);
            return;
        }
        if (retryable && !resendSafe) {
            fail(exchange, new YclientsException(YclientsOutcome.UNAVAILABLE, code, status, "Yclients " + operation
                    + ": " + reason + "; not resent because the request may already have taken effect", true));
            return;
        }
        if (retryable && attempt < retryPolicy.maxAttempts()) {
            long delay = retryPolicy.delayMs(attempt, message.getHeader("Retry-After", String.class));
            if (delay <= maxWaitMs) {
                exchange.setProperty(RETRY_DELAY, delay);
                exchange.setProperty(YclientsRequest.AGAIN, true);
                return;
            }
            reason += "; Yclients asked to wait " + delay + " ms, longer than callers may wait";
        }
        fail(exchange, new YclientsException(outcome, code, status, "Yclients " + operation + ": " + reason
                + (attempt > 1 ? " (after " + attempt + " attempts)" : "")));
    }

    /** At the end: puts the caller's headers back as they were, then returns {@code data} as body or throws the failure. */
    /** Rethrows what failed the call, after giving the caller its own headers back. */
    @SuppressWarnings("unchecked")
    public void failWithCallerHeaders(Exchange exchange) throws Exception {
        Map<String, Object> callerHeaders = exchange.getProperty(YclientsRequest.CALLER_HEADERS, Map.class);
        if (callerHeaders != null) {
            exchange.getMessage().setHeaders(callerHeaders);
        }
        throw exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
    }

    public void finish(Exchange exchange) {
        Message message = exchange.getMessage();
        message.setHeaders(exchange.getProperty(YclientsRequest.CALLER_HEADERS, Map.class));
        Object result = exchange.getProperty(RESULT);
        if (result instanceof YclientsException failure) {
            throw failure;
        }
        message.setBody(result);
    }

    static YclientsOutcome outcomeFor(Integer status, Integer code) {
        if (code != null && code == 434) {
            return YclientsOutcome.FORBIDDEN;
        }
        if (status == null || status >= 500 || status < 200) {
            return YclientsOutcome.UNAVAILABLE;
        }
        return switch (status) {
            case 401 -> YclientsOutcome.UNAUTHORIZED;
            case 403 -> YclientsOutcome.FORBIDDEN;
            case 404 -> YclientsOutcome.NOT_FOUND;
            case 429 -> YclientsOutcome.RATE_LIMITED;
            default -> status >= 300 && status < 400 ? YclientsOutcome.UNAVAILABLE : YclientsOutcome.VALIDATION;
        };
    }

    private static void fail(Exchange exchange, YclientsException failure) {
        exchange.setProperty(RESULT, failure);
    }

    private static boolean neverConnected(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectTimeoutException || cause instanceof ConnectException
                    || cause instanceof UnknownHostException || cause instanceof NoRouteToHostException) {
                return true;
            }
        }
        return false;
    }

    private static void setAuditHeaders(Message message, String operation, Integer status, long latencyMs,
            YclientsOutcome outcome, YclientsEnvelope envelope) {
        Exchange exchange = message.getExchange();
        message.setHeader("auditSystem", "yclients");
        message.setHeader("auditOperation", operation);
        message.setHeader("auditMethod", message.getHeader(YclientsRequest.METHOD, String.class));
        message.setHeader("auditPath", exchange.getProperty(YclientsRequest.AUDIT_PATH, String.class));
        message.setHeader("auditHttpStatus", status);
        message.setHeader("auditLatencyMs", latencyMs);
        message.setHeader("auditOutcome", outcome == null ? "ok" : outcome.name());
        message.setHeader("auditErrorCode", envelope == null || envelope.errorCode() == null ? null
                : String.valueOf(envelope.errorCode()));
        String correlationId = message.getHeader(YclientsRequest.CORRELATION_ID, String.class);
        message.setHeader("auditCorrelationId", correlationId == null ? null : AuditPath.maskPhones(correlationId));
    }
}
