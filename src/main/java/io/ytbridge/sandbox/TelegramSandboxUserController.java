package io.ytbridge.sandbox;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The user side of the Telegram sandbox, for the chat page and tests. Every action names the test user
 * ({@code first_name}, optional {@code last_name}, {@code username}, {@code language_code}) and becomes an update
 * for the bot:
 * <ul>
 * <li>{@code POST /sandbox/telegram/_user/{userId}/send {"text": "/start"}}</li>
 * <li>{@code POST .../contact {"phone_number": "79161234567"}} — own contact; {@code contact_user_id} to share
 * someone else's (0: without user_id)</li>
 * <li>{@code POST .../press {"message_id": 3, "data": "svc:1001"}} — taps an inline button of that bot message</li>
 * <li>{@code GET .../timeline} — the chat as Telegram shows it; {@code GET .../updates} — every update sent</li>
 * </ul>
 */
@RestController
@RequestMapping("/sandbox/telegram/_user/{userId}")
@TelegramSandboxOnly
class TelegramSandboxUserController {

    /** The body of every user action; which fields matter depends on the action. */
    record UserAction(@JsonProperty("first_name") String firstName, @JsonProperty("last_name") String lastName,
            String username, @JsonProperty("language_code") String languageCode, String text,
            @JsonProperty("phone_number") String phoneNumber, @JsonProperty("contact_user_id") Long contactUserId,
            @JsonProperty("message_id") Long messageId, String data) {

        BotApiSandbox.Profile profile(long userId) {
            if (userId <= 0) {
                throw new IllegalArgumentException("userId must be positive");
            }
            return new BotApiSandbox.Profile(userId, firstName == null || firstName.isBlank() ? "Test" : firstName,
                    blankToNull(lastName), blankToNull(username), blankToNull(languageCode));
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value;
        }
    }

    private final BotApiSandbox api;

    TelegramSandboxUserController(BotApiSandbox api) {
        this.api = api;
    }

    @PostMapping("/send")
    JsonNode send(@PathVariable long userId, @RequestBody UserAction action) {
        return api.userSends(action.profile(userId), action.text());
    }

    @PostMapping("/contact")
    JsonNode shareContact(@PathVariable long userId, @RequestBody UserAction action) {
        return api.userSharesContact(action.profile(userId), action.phoneNumber(), action.contactUserId());
    }

    @PostMapping("/press")
    JsonNode press(@PathVariable long userId, @RequestBody UserAction action) {
        if (action.messageId() == null) {
            throw new IllegalArgumentException("message_id is required");
        }
        return api.userPresses(action.profile(userId), action.messageId(), action.data());
    }

    @GetMapping("/timeline")
    JsonNode timeline(@PathVariable long userId) {
        return api.timeline(userId);
    }

    @GetMapping("/updates")
    JsonNode updates(@PathVariable long userId) {
        return api.updatesOf(userId);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> invalid(IllegalArgumentException invalid) {
        return ResponseEntity.badRequest().body(Map.of("error", invalid.getMessage()));
    }
}
