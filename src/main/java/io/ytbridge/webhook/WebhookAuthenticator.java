package io.ytbridge.webhook;

import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.ytbridge.webhook.WebhookSettings.AuthMethod;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Decides whether a webhook delivery may be stored. Yclients does not sign its webhooks; it sends a shared secret,
 * so every check compares against YCLIENTS_WEBHOOK_SECRET in constant time: the Bearer header, a {@code ?secret=}
 * query parameter, one more path segment, or an HMAC-SHA256 of the raw body added by a signing proxy.
 */
@Component("webhookAuthenticator")
public class WebhookAuthenticator {

    static final String QUERY_PARAMETER = "secret";

    private static final Logger LOG = LoggerFactory.getLogger(WebhookAuthenticator.class);
    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private final WebhookSettings settings;

    public WebhookAuthenticator(WebhookSettings settings) {
        this.settings = settings;
    }

    /** What an HTTP delivery brings to prove itself; the body is the raw bytes as received. */
    record Delivery(String authorization, String queryString, String pathAfterEndpoint, String signature,
                    String remoteAddress, String forwardedFor, byte[] body) {
    }

    /** Null when the delivery may pass; otherwise the refusal to answer with. Called by the receiving route. */
    public WebhookOutcome refusal(Exchange exchange) {
        HttpServletRequest request = exchange.getMessage().getHeader(Exchange.HTTP_SERVLET_REQUEST,
                HttpServletRequest.class);
        String pathInApplication = request.getRequestURI().substring(request.getContextPath().length());
        byte[] body = exchange.getMessage().getBody(byte[].class);
        return refusal(new Delivery(request.getHeader("Authorization"), request.getQueryString(),
                pathInApplication.substring(Math.min(settings.path().length(), pathInApplication.length())),
                settings.hmacHeader().isEmpty() ? null : request.getHeader(settings.hmacHeader()),
                request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), body == null ? new byte[0] : body));
    }

    WebhookOutcome refusal(Delivery delivery) {
        if (!settings.hasSecret()) {
            LOG.warn("Refused a Yclients webhook delivery: no webhook secret is configured");
            return WebhookOutcome.NOT_CONFIGURED;
        }
        if (!settings.allowedSources().isEmpty()) {
            Optional<InetAddress> client = ForwardedFor.clientAddress(delivery.remoteAddress(),
                    delivery.forwardedFor(), settings.trustedProxies());
            if (client.isEmpty()
                    || settings.allowedSources().stream().noneMatch(block -> block.contains(client.get()))) {
                LOG.warn("Refused a Yclients webhook delivery from {}: address not allowed",
                        client.map(InetAddress::getHostAddress).orElse("an unreadable address"));
                return WebhookOutcome.ADDRESS_REFUSED;
            }
        }
        byte[] secret = settings.secret();
        for (AuthMethod method : settings.authMethods()) {
            if (proves(method, delivery, secret)) {
                return null;
            }
        }
        LOG.warn("Refused a Yclients webhook delivery from {}: no valid credential", delivery.remoteAddress());
        return WebhookOutcome.UNAUTHENTICATED;
    }

    private static boolean proves(AuthMethod method, Delivery delivery, byte[] secret) {
        return switch (method) {
            case BEARER -> bearerToken(delivery.authorization()).map(token -> matches(token, secret)).orElse(false);
            case QUERY -> queryParameter(delivery.queryString()).map(value -> matches(value, secret)).orElse(false);
            case PATH -> pathSegment(delivery.pathAfterEndpoint()).map(value -> matches(value, secret)).orElse(false);
            case HMAC -> signatureMatches(delivery.signature(), delivery.body(), secret);
        };
    }

    private static boolean matches(String presented, byte[] secret) {
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), secret);
    }

    private static Optional<String> bearerToken(String authorization) {
        if (authorization == null || authorization.length() < 7
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(7).trim());
    }

    private static Optional<String> queryParameter(String queryString) {
        if (queryString == null) {
            return Optional.empty();
        }
        for (String pair : queryString.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(QUERY_PARAMETER)) {
                try {
                    return Optional.of(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The endpoint's path followed by exactly one more segment: {@code /yclients/webhook/<secret>}. */
    private static Optional<String> pathSegment(String pathAfterEndpoint) {
        if (pathAfterEndpoint == null || pathAfterEndpoint.length() < 2 || pathAfterEndpoint.charAt(0) != '/'
                || pathAfterEndpoint.indexOf('/', 1) >= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(UriUtils.decode(pathAfterEndpoint.substring(1), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Hex or base64 (standard or URL-safe), optionally written {@code sha256=...} as several proxies do. */
    private static boolean signatureMatches(String signature, byte[] body, byte[] secret) {
        if (signature == null || signature.isBlank()) {
            return false;
        }
        String value = signature.trim();
        if (value.regionMatches(true, 0, "sha256=", 0, 7)) {
            value = value.substring(7);
        }
        byte[] expected = hmacSha256(secret, body);
        for (byte[] presented : decodings(value)) {
            if (MessageDigest.isEqual(presented, expected)) {
                return true;
            }
        }
        return false;
    }

    private static List<byte[]> decodings(String value) {
        if (HEX_SHA256.matcher(value).matches()) {
            return List.of(HexFormat.of().parseHex(value));
        }
        for (Base64.Decoder decoder : List.of(Base64.getDecoder(), Base64.getUrlDecoder())) {
            try {
                return List.of(decoder.decode(value));
            } catch (IllegalArgumentException notThisAlphabet) {
                // try the next alphabet
            }
        }
        return List.of();
    }

    static byte[] hmacSha256(byte[] secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
