package io.ytbridge.yclients;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ytbridge.config.BridgeEndpoints;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.util.CaseInsensitiveMap;
import org.springframework.stereotype.Component;

/**
 * Turns the funnel's header contract into an HTTP request: checks the headers, builds URL, query and JSON body
 * once, and right before every attempt sets the Yclients headers ({@code Accept}, {@code Content-Type},
 * {@code Authorization}). Its state lives in exchange properties named {@code yclients*}; the caller's headers
 * are kept aside and put back at the end. Bean {@code yclientsRequest}.
 */
@Component("yclientsRequest")
public class YclientsRequest {

    public static final String ACCEPT = "application/vnd.yclients.v2+json";

    static final String OPERATION = "yclientsOperation";
    static final String METHOD = "yclientsMethod";
    static final String PATH = "yclientsPath";
    static final String QUERY = "yclientsQuery";
    static final String AUTH = "yclientsAuth";
    static final String IDEMPOTENT = "yclientsIdempotent";
    static final String CORRELATION_ID = "correlationId";

    static final String URL = "yclientsUrl";
    static final String QUERY_STRING = "yclientsQueryString";
    static final String AUDIT_PATH = "yclientsAuditPath";
    static final String BODY = "yclientsRequestBody";
    static final String AS_USER = "yclientsAsUser";
    static final String SAFE_TO_RESEND = "yclientsIdempotentCall";
    static final String CALLER_HEADERS = "yclientsCallerHeaders";
    static final String ATTEMPT = "yclientsAttempt";
    static final String ATTEMPT_STARTED = "yclientsAttemptStartedNanos";
    static final String TOKEN_GENERATION = "yclientsUserTokenGeneration";
    static final String AGAIN = "yclientsAgain";

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE");
    private static final Pattern SAFE_PATH = Pattern.compile("/[A-Za-z0-9_./+@%-]*");

    private final BridgeEndpoints endpoints;
    private final YclientsCredentials credentials;
    private final ObjectMapper json;

    public YclientsRequest(BridgeEndpoints endpoints, YclientsCredentials credentials, ObjectMapper json) {
        this.endpoints = endpoints;
        this.credentials = credentials;
        this.json = json;
    }

    /** Checks the header contract and prepares everything that stays the same across attempts. */
    public void prepare(Exchange exchange) {
        Message message = exchange.getMessage();
        String operation = required(message, OPERATION);
        String method = required(message, METHOD).toUpperCase(Locale.ROOT);
        String path = required(message, PATH);
        if (!METHODS.contains(method)) {
            throw contractViolation(operation, METHOD + " must be one of " + METHODS);
        }
        if (!SAFE_PATH.matcher(path).matches() || path.contains("//") || path.contains("..")) {
            throw contractViolation(operation, PATH + " must be a relative Yclients path like /book_times/1/2/2026-01-31");
        }
        String auth = message.getHeader(AUTH, "partner", String.class).trim().toLowerCase(Locale.ROOT);
        if (!auth.equals("partner") && !auth.equals("user")) {
            throw contractViolation(operation, AUTH + " must be partner or user");
        }
        String query = queryString(message.getHeader(QUERY));
        Boolean idempotent = message.getHeader(IDEMPOTENT, Boolean.class);

        message.setHeader(METHOD, method);
        exchange.setProperty(URL, endpoints.yclientsBaseUrl() + path);
        exchange.setProperty(QUERY_STRING, query);
        exchange.setProperty(AUDIT_PATH, AuditPath.of(path, query));
        exchange.setProperty(AS_USER, auth.equals("user"));
        exchange.setProperty(SAFE_TO_RESEND, idempotent != null ? idempotent : !method.equals("POST"));
        exchange.setProperty(BODY, method.equals("POST") || method.equals("PUT") ? jsonBody(operation, message) : null);
        exchange.setProperty(ATTEMPT, 0);
        exchange.setProperty(AGAIN, true);
        message.removeHeaders("CamelHttp*");
        exchange.setProperty(CALLER_HEADERS, new CaseInsensitiveMap(message.getHeaders()));
    }

    /**
     * Before each attempt, ahead of the rate limit: makes sure a user token is there when the call needs one
     * (obtained through the funnel itself when missing), so the login does not happen inside a throttled turn.
     */
    public void ensureCredentials(Exchange exchange) {
        credentials.authorization(exchange.getProperty(AS_USER, false, Boolean.class));
    }

    /** Right after the throttle: the HTTP headers and body of this attempt. */
    public void send(Exchange exchange) {
        Message message = exchange.getMessage();
        // Callers' own headers (JSON nodes, choices...) are no HTTP headers: camel-http would try to turn each into
        // text before any filter runs. They are restored from CALLER_HEADERS when the call finishes.
        message.getHeaders().keySet().removeIf(name -> !(name.startsWith("yclients") || name.startsWith("Camel")
                || name.startsWith("audit") || name.equals("correlationId")));
        message.setHeader("Authorization", credentials.authorization(exchange.getProperty(AS_USER, false, Boolean.class)));
        exchange.setProperty(TOKEN_GENERATION, credentials.userTokenGeneration());
        message.setHeader("Accept", ACCEPT);
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        message.setHeader(Exchange.HTTP_METHOD, message.getHeader(METHOD, String.class));
        String query = exchange.getProperty(QUERY_STRING, String.class);
        if (query.isEmpty()) {
            message.removeHeader(Exchange.HTTP_QUERY);
        } else {
            message.setHeader(Exchange.HTTP_QUERY, query);
        }
        message.setBody(exchange.getProperty(BODY));
        exchange.setProperty(ATTEMPT, exchange.getProperty(ATTEMPT, 0, Integer.class) + 1);
        exchange.setProperty(ATTEMPT_STARTED, System.nanoTime());
    }

    /** The cache key of a GET: path and normalised query, the same for every user. */
    public String cacheKey(Exchange exchange) {
        Message message = exchange.getMessage();
        String query = queryString(message.getHeader(QUERY));
        return required(message, PATH) + (query.isEmpty() ? "" : "?" + query);
    }

    /**
     * {@code name=value} pairs joined by {@code &} (or a Map): empty values are dropped, a {@code name[]} whose
     * value is a list or comma-separated string becomes one pair per element, names and values are URL-encoded.
     */
    static String queryString(Object query) {
        List<String> pairs = new ArrayList<>();
        if (query instanceof Map<?, ?> map) {
            map.forEach((name, value) -> addPair(pairs, String.valueOf(name), value));
        } else if (query != null) {
            for (String pair : query.toString().split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    addPair(pairs, pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
                }
            }
        }
        return String.join("&", pairs);
    }

    private static void addPair(List<String> pairs, String name, Object value) {
        if (value != null && name.endsWith("[]")) {
            Collection<?> values = value instanceof Collection<?> collection ? collection
                    : List.of(value.toString().replaceAll("[\\[\\] ]", "").split(","));
            values.forEach(element -> addSinglePair(pairs, name, element));
        } else {
            addSinglePair(pairs, name, value);
        }
    }

    private static void addSinglePair(List<String> pairs, String name, Object value) {
        String text = value == null ? "" : value.toString().trim();
        if (!text.isEmpty()) {
            pairs.add(encode(name) + "=" + encode(text));
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private String jsonBody(String operation, Message message) {
        Object body = message.getBody();
        if (body == null) {
            return null;
        }
        if (body instanceof String text) {
            return text;
        }
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException notJson) {
            throw contractViolation(operation, "the body must be a Map, a JsonNode or JSON text");
        }
    }

    private static String required(Message message, String header) {
        String value = message.getHeader(header, String.class);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("direct:yclients-call needs header " + header);
        }
        return value.trim();
    }

    private static IllegalArgumentException contractViolation(String operation, String rule) {
        return new IllegalArgumentException("direct:yclients-call (" + operation + "): " + rule);
    }
}
