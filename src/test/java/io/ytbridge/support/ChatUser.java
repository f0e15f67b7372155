package io.ytbridge.support;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A person in the Telegram sandbox: writes, shares a contact, taps buttons, and reads the chat as Telegram shows it
 * (the sandbox's user-side API over real HTTP). The bot under test answers through its own polling and routes.
 */
public final class ChatUser {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    public final long id;
    private final String language;

    public ChatUser(int port, long id, String language) {
        this.base = "http://127.0.0.1:" + port + "/sandbox/telegram/_user/" + id;
        this.id = id;
        this.language = language;
    }

    public void send(String text) {
        post("/send", Map.of("text", text));
    }

    public void shareContact(String phone) {
        post("/contact", Map.of("phone_number", phone));
    }

    public void shareContactOf(String phone, long otherUserId) {
        post("/contact", Map.of("phone_number", phone, "contact_user_id", otherUserId));
    }

    public JsonNode timeline() {
        return get("/timeline");
    }

    public List<JsonNode> botMessages() {
        List<JsonNode> messages = new ArrayList<>();
        timeline().path("messages").forEach(message -> {
            if (message.path("from_bot").asBoolean()) {
                messages.add(message);
            }
        });
        return messages;
    }

    /** Waits until the bot's latest message satisfies the condition, and returns it. */
    public JsonNode awaitLatest(Predicate<JsonNode> condition) {
        AtomicReference<JsonNode> seen = new AtomicReference<>();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
            List<JsonNode> messages = botMessages();
            JsonNode latest = messages.isEmpty() ? null : messages.get(messages.size() - 1);
            seen.set(latest);
            return latest != null && condition.test(latest);
        });
        return seen.get();
    }

    /** Waits until any bot message (the edited dialog message need not be the newest) shows the fragment. */
    public void awaitAnyMessage(String fragment) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> botMessages().stream()
                .anyMatch(message -> message.path("text").asText().contains(fragment)));
    }

    public JsonNode awaitText(String fragment) {
        return awaitLatest(message -> message.path("text").asText().contains(fragment));
    }

    /**
     * Taps the first button whose callback data starts with the prefix, on the newest bot message that has one (a
     * notice may have arrived after the message the dialog edits in place).
     */
    public String press(String dataPrefix) {
        AtomicReference<JsonNode> found = new AtomicReference<>();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
            List<JsonNode> messages = botMessages();
            for (int i = messages.size() - 1; i >= 0; i--) {
                if (button(messages.get(i), dataPrefix) != null) {
                    found.set(messages.get(i));
                    return true;
                }
            }
            return false;
        });
        JsonNode message = found.get();
        String data = button(message, dataPrefix).path("callback_data").asText();
        post("/press", Map.of("message_id", message.path("message_id").asLong(), "data", data));
        return data;
    }

    /** Taps a button of an older message, as a user scrolling up would. */
    public void pressOn(long messageId, String data) {
        post("/press", Map.of("message_id", messageId, "data", data));
    }

    public static JsonNode button(JsonNode message, String dataPrefix) {
        for (JsonNode row : message.path("reply_markup").path("inline_keyboard")) {
            for (JsonNode button : row) {
                if (button.path("callback_data").asText().startsWith(dataPrefix)) {
                    return button;
                }
            }
        }
        return null;
    }

    public static boolean hasButton(JsonNode message, String dataPrefix) {
        return button(message, dataPrefix) != null;
    }

    /** A button press as a raw Bot API update, for data the chat page would never send (forged, stale). */
    public static String callbackUpdate(long updateId, long userId, long messageId, String data) {
        return """
                {"update_id": %d, "callback_query": {"id": "forged-%d", "data": "%s",
                  "from": {"id": %d, "is_bot": false, "first_name": "Test", "language_code": "ru"},
                  "message": {"message_id": %d, "date": 1767225600, "chat": {"id": %d, "type": "private"},
                    "from": {"id": 1000000001, "is_bot": true, "first_name": "Bot"}, "text": "..."}}}
                """.formatted(updateId, updateId, data, userId, messageId, userId);
    }

    /** From /start to the main menu, sharing this phone. */
    public void registers(String phone) {
        send("/start");
        await().atMost(PATIENCE).until(() -> timeline().path("reply_keyboard").toString().contains("request_contact"));
        shareContact(phone);
        awaitLatest(message -> hasButton(message, "c~"));
    }

    /** From the main menu to the summary of the first free time of the first master of the first service. */
    public String choosesFirstFreeTime() {
        press("c~");
        press("C:");
        press("S:");
        JsonNode staff = awaitLatest(message -> hasButton(message, "P:"));
        String master = null;
        for (JsonNode row : staff.path("reply_markup").path("inline_keyboard")) {
            for (JsonNode button : row) {
                String data = button.path("callback_data").asText();
                if (data.startsWith("P:") && !data.split("~")[0].endsWith(":0")) {
                    master = data;
                    break;
                }
            }
            if (master != null) {
                break;
            }
        }
        post("/press", Map.of("message_id", staff.path("message_id").asLong(), "data", master));
        JsonNode dates = awaitLatest(message -> hasButton(message, "W:"));
        while (!hasButton(dates, "D:")) {
            JsonNode next = null;
            for (JsonNode row : dates.path("reply_markup").path("inline_keyboard")) {
                for (JsonNode button : row) {
                    if (button.path("callback_data").asText().startsWith("W:") && button.path("text").asText().endsWith("»")) {
                        next = button;
                    }
                }
            }
            String before = dates.path("text").asText();
            post("/press", Map.of("message_id", dates.path("message_id").asLong(), "data", next.path("callback_data").asText()));
            dates = awaitLatest(message -> !message.path("text").asText().equals(before));
        }
        press("D:");
        return press("T:");
    }

    private JsonNode get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void post(String path, Map<String, Object> action) {
        try {
            Map<String, Object> body = new java.util.HashMap<>(action);
            body.put("first_name", "Test" + id);
            body.put("language_code", language);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
