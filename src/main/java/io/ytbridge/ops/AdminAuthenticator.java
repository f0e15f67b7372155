package io.ytbridge.ops;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.apache.camel.Header;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Guards the admin endpoints with {@code Authorization: Bearer <ADMIN_TOKEN>}, compared in constant time.
 * Without ADMIN_TOKEN they do not exist (404), so a bundle that never set one shows no admin surface.
 */
@Component("adminAuthenticator")
public class AdminAuthenticator {

    private final byte[] token;

    public AdminAuthenticator(Environment environment) {
        this.token = environment.getProperty("bridge.admin-token", "").trim().getBytes(StandardCharsets.UTF_8);
    }

    /** Null when the caller is the admin; otherwise the status to answer with, 404 or 401. */
    public Integer refusal(@Header("Authorization") String authorization) {
        if (token.length == 0) {
            return 404;
        }
        if (authorization == null || authorization.length() < 7
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return 401;
        }
        byte[] presented = authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(presented, token) ? null : 401;
    }
}
