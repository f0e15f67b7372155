package io.ytbridge.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ytbridge.config.BridgeEndpoints;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What every Yclients call meets before its operation: the planned delay (without holding a server thread), an
 * injected failure, then the transport checks of the real API — 401 without the v2 Accept header, without the
 * partner token, or without the user token on company-data (B2B) paths.
 */
class YclientsSandboxGate implements Filter {

    private static final String DELAYED = YclientsSandboxGate.class.getName() + ".delayed";
    private static final Pattern B2B_PATH = Pattern.compile(
            "/(company/\\d+/.+|clients/.*|records/.*|record/.*|loyalty/.*|hooks_settings/.*)");
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "Bearer\\s+([^,\\s]+)\\s*(?:,\\s*User\\s+(\\S+))?\\s*");

    private final SandboxFaults faults;
    private final ObjectMapper mapper;
    /** Its own timer, not a bean: an Executor bean would take the place of Spring Boot's task executor. */
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "yclients-sandbox-delay");
        thread.setDaemon(true);
        return thread;
    });

    YclientsSandboxGate(SandboxFaults faults, ObjectMapper mapper) {
        this.faults = faults;
        this.mapper = mapper;
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        long delay = faults.delayMs();
        if (delay > 0 && request.getAttribute(DELAYED) == null) {
            request.setAttribute(DELAYED, Boolean.TRUE);
            AsyncContext async = request.startAsync();
            async.setTimeout(delay + TimeUnit.SECONDS.toMillis(30));
            scheduler.schedule(() -> async.dispatch(), delay, TimeUnit.MILLISECONDS);
            return;
        }
        Optional<SandboxFaults.Failure> failure = faults.take();
        if (failure.isPresent()) {
            writeFailure(response, failure.get());
            return;
        }
        String refusal = refusal(request);
        if (refusal != null) {
            write(response, HttpServletResponse.SC_UNAUTHORIZED, "application/json",
                    mapper.writeValueAsString(YclientsReplies.error(refusal)));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Why the real API would answer 401, or null when the headers are acceptable. */
    static String refusal(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null || !(accept.contains("application/vnd.yclients.v2+json")
                || accept.contains("application/vnd.api.v2+json"))) {
            return "Accept header application/vnd.yclients.v2+json is required";
        }
        String authorization = request.getHeader("Authorization");
        var matcher = authorization == null ? null : AUTHORIZATION.matcher(authorization.trim());
        if (matcher == null || !matcher.matches()
                || !same(matcher.group(1), BridgeEndpoints.SANDBOX_YCLIENTS_PARTNER_TOKEN)) {
            return "Authentication needed.";
        }
        String path = request.getRequestURI().substring(
                (request.getContextPath() + BridgeEndpoints.YCLIENTS_SANDBOX_PATH).length());
        if (B2B_PATH.matcher(path).matches()
                && (matcher.group(2) == null || !same(matcher.group(2), BridgeEndpoints.SANDBOX_YCLIENTS_USER_TOKEN))) {
            return "User authentication needed: Authorization: Bearer <partner token>, User <user token>";
        }
        return null;
    }

    private void writeFailure(HttpServletResponse response, SandboxFaults.Failure failure) throws IOException {
        int status = failure.status();
        if (status == 429 && failure.retryAfterSeconds() > 0) {
            response.setHeader("Retry-After", Integer.toString(failure.retryAfterSeconds()));
        }
        if (status == 502 || status == 503 || status == 504) {
            // In front of Yclients sits nginx: gateway errors come as its HTML page, not as JSON.
            String title = status + (status == 502 ? " Bad Gateway" : status == 503 ? " Service Temporarily Unavailable"
                    : " Gateway Time-out");
            write(response, status, "text/html", "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n"
                    + "<center><h1>" + title + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
            return;
        }
        String message = status == 429 ? "Too Many Requests" : status >= 500 ? "Internal Server Error" : "Error";
        write(response, status, "application/json", mapper.writeValueAsString(YclientsReplies.error(message)));
    }

    private static void write(HttpServletResponse response, int status, String contentType, String body) throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
