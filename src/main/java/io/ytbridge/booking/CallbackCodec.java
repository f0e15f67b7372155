package io.ytbridge.booking;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.ytbridge.config.BridgeEndpoints;
import org.apache.camel.Header;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Button payloads. Everything a step needs (service, master, date, time) travels in {@code callback_data}, signed
 * with a short HMAC so a forged or altered button is refused rather than trusted. Telegram allows 1–64 bytes;
 * an encoded button is {@code action:arg:arg~tag}, ASCII only.
 */
@Component("callbackCodec")
public class CallbackCodec {

    public static final int MAX_BYTES = 64;
    private static final int TAG_CHARS = 8;
    private static final Pattern ARGUMENT = Pattern.compile("[A-Za-z0-9_-]{1,20}");
    private static final Pattern ACTION = Pattern.compile("[A-Za-z]{1,3}");

    private final byte[] key;

    public CallbackCodec(@Value("${bridge.telegram.callback-secret:}") String callbackSecret,
            BridgeEndpoints endpoints) {
        // A configured secret wins; otherwise the bot token, so buttons survive a restart without extra setup.
        String material = callbackSecret == null || callbackSecret.isBlank()
                ? "callback:" + endpoints.telegramBotToken() : callbackSecret;
        this.key = sha256(material.getBytes(StandardCharsets.UTF_8));
    }

    public String encode(String action, Object... arguments) {
        if (!ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("bad action " + action);
        }
        StringBuilder payload = new StringBuilder(action);
        for (Object argument : arguments) {
            String text = String.valueOf(argument);
            if (!ARGUMENT.matcher(text).matches()) {
                throw new IllegalArgumentException("bad callback argument " + text);
            }
            payload.append(':').append(text);
        }
        String signed = payload.toString();
        String encoded = signed + '~' + tag(signed);
        if (encoded.length() > MAX_BYTES) {
            throw new IllegalArgumentException("callback data over 64 bytes: " + encoded.length());
        }
        return encoded;
    }

    /** The action and its arguments, or {@code null} when the data is malformed or its tag does not match. */
    public Callback decode(@Header("callbackData") String data) {
        if (data == null || data.isEmpty() || data.length() > MAX_BYTES) {
            return null;
        }
        int tilde = data.lastIndexOf('~');
        if (tilde <= 0) {
            return null;
        }
        String payload = data.substring(0, tilde);
        byte[] expected = tag(payload).getBytes(StandardCharsets.US_ASCII);
        byte[] given = data.substring(tilde + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return null;
        }
        String[] parts = payload.split(":", -1);
        if (!ACTION.matcher(parts[0]).matches()) {
            return null;
        }
        for (int i = 1; i < parts.length; i++) {
            if (!ARGUMENT.matcher(parts[i]).matches()) {
                return null;
            }
        }
        return new Callback(parts[0], List.of(Arrays.copyOfRange(parts, 1, parts.length)));
    }

    private String tag(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, TAG_CHARS);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A verified button press. */
    public record Callback(String action, List<String> arguments) {

        public String argument(int index) {
            return arguments.get(index);
        }

        public long number(int index) {
            return Long.parseLong(arguments.get(index));
        }
    }
}
