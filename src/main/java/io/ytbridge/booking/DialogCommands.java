package io.ytbridge.booking;

import java.util.Locale;

import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/** Reads a bot command from message text: "/start@SalonBot payload" → "/start"; other text → null. */
@Component("dialogCommands")
public class DialogCommands {

    public String command(@Header("messageText") String text) {
        if (text == null || !text.startsWith("/")) {
            return null;
        }
        String word = text.trim().split("\\s+", 2)[0];
        int at = word.indexOf('@');
        return (at > 0 ? word.substring(0, at) : word).toLowerCase(Locale.ROOT);
    }
}
