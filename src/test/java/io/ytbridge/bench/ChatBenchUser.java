package io.ytbridge.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A Telegram user of the sandbox who books one appointment from /start to "Вы записаны!", choosing a random
 * category, service, master, day and time so that many users spread over the salon's free times. Reads the chat by
 * polling its timeline at a given interval (the sandbox's user API over HTTP, as the dialog tests do).
 */
final class ChatBenchUser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOOKED = "Вы записаны!";
    private static final String SLOT_TAKEN = "только что заняли";
    private static final String UNAVAILABLE = "недоступен";
    private static final String NO_FREE_TIME = "свободного времени нет";
    /** How often any user was told to try again later (the bot's bounded wait for the Yclients limit ran out). */
    static final AtomicInteger UNAVAILABLE_ANSWERS = new AtomicInteger();

    private final HttpClient http;
    private final String base;
    private final long id;
    private final long pollMillis;
    private final long patienceMillis;

    ChatBenchUser(HttpClient http, int port, long id, long pollMillis, long patienceMillis) {
        this.http = http;
        this.base = "http://127.0.0.1:" + port + "/sandbox/telegram/_user/" + id;
        this.id = id;
        this.pollMillis = pollMillis;
        this.patienceMillis = patienceMillis;
    }

    /** Registers with a phone of its own and books one appointment; false when the dialog did not end booked. */
    boolean books() throws InterruptedException {
        post("/send", Map.of("text", "/start"));
        awaitTimeline(timeline -> timeline.path("reply_keyboard").toString().contains("request_contact"));
        post("/contact", Map.of("phone_number", "7916" + String.format("%07d", id % 10_000_000)));
        JsonNode menu = awaitLatest(message -> has(message, "c~"));
        JsonNode categories = pressAndAwait(menu, pick(menu, "c~"), message -> has(message, "C:"));
        JsonNode services = pressAndAwait(categories, pick(categories, "C:"), message -> has(message, "S:"));
        JsonNode masters = pressAndAwait(services, pick(services, "S:"), message -> has(message, "P:"));
        String master = buttons(masters, "P:").stream().filter(data -> !data.split("~")[0].endsWith(":0"))
                .findAny().orElse(pick(masters, "P:"));
        JsonNode days = pressAndAwait(masters, master, message -> has(message, "W:") || has(message, "D:"));
        for (int week = 0; !has(days, "D:") && week < 6; week++) {
            String before = days.path("text").asText();
            List<String> weeks = buttons(days, "W:");
            days = pressAndAwait(days, weeks.get(weeks.size() - 1),
                    message -> !message.path("text").asText().equals(before));
        }
        if (!has(days, "D:")) {
            return gaveUp(days);
        }
        // A day offered may have no free time left for this service: the bot says so and the user picks another.
        JsonNode times = days;
        for (int day = 0; day < 5 && !has(times, "T:"); day++) {
            if (!has(times, "D:")) {
                return gaveUp(times);
            }
            times = pressAndAwait(times, pick(times, "D:"),
                    message -> has(message, "T:") || message.path("text").asText().contains(NO_FREE_TIME));
        }
        if (!has(times, "T:")) {
            return gaveUp(times);
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            JsonNode summary = pressAndAwait(times, pick(times, "T:"),
                    message -> has(message, "K:") || message.path("text").asText().contains(SLOT_TAKEN));
            if (!has(summary, "K:")) {
                if (!has(summary, "T:")) {
                    return gaveUp(summary);
                }
                times = summary;
                continue;
            }
            JsonNode outcome = pressAndAwait(summary, buttons(summary, "K:").get(0),
                    message -> !has(message, "K:") || message.path("text").asText().contains(SLOT_TAKEN));
            if (outcome.path("text").asText().contains(BOOKED)) {
                return true;
            }
            if (!has(outcome, "T:")) {
                return gaveUp(outcome);
            }
            times = outcome;
        }
        return gaveUp(times);
    }

    private boolean gaveUp(JsonNode lastAnswer) {
        String text = lastAnswer.path("text").asText();
        System.err.println("[bench] user " + id + " gave up after: " + text.substring(0, Math.min(120, text.length())));
        return false;
    }

    /**
     * Presses and waits for the answer. "Unavailable, try again" (the bot refusing to wait longer for Yclients'
     * limit) is answered as a person would: a moment later, the same button again.
     */
    private JsonNode pressAndAwait(JsonNode message, String data, Predicate<JsonNode> condition)
            throws InterruptedException {
        JsonNode pressedOn = message;
        for (int attempt = 1; ; attempt++) {
            JsonNode before = pressedOn;
            post("/press", Map.of("message_id", pressedOn.path("message_id").asLong(), "data", data));
            JsonNode answer = awaitLatest(latest -> !latest.equals(before)
                    && (condition.test(latest) || latest.path("text").asText().contains(UNAVAILABLE)));
            if (!answer.path("text").asText().contains(UNAVAILABLE) || attempt == 10) {
                return answer;
            }
            UNAVAILABLE_ANSWERS.incrementAndGet();
            Thread.sleep(2000);
            pressedOn = buttons(answer, "").contains(data) ? answer : message;
        }
    }

    private JsonNode awaitLatest(Predicate<JsonNode> condition) throws InterruptedException {
        JsonNode timeline = awaitTimeline(candidate -> {
            JsonNode latest = latestBotMessage(candidate);
            return latest != null && condition.test(latest);
        });
        return latestBotMessage(timeline);
    }

    private JsonNode awaitTimeline(Predicate<JsonNode> condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + patienceMillis;
        while (true) {
            JsonNode timeline = get("/timeline");
            if (condition.test(timeline)) {
                return timeline;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("user " + id + " waited " + patienceMillis + " ms; last: "
                        + latestBotMessage(timeline));
            }
            Thread.sleep(pollMillis);
        }
    }

    private static JsonNode latestBotMessage(JsonNode timeline) {
        JsonNode latest = null;
        for (JsonNode message : timeline.path("messages")) {
            if (message.path("from_bot").asBoolean()) {
                latest = message;
            }
        }
        return latest;
    }

    private static boolean has(JsonNode message, String prefix) {
        return !buttons(message, prefix).isEmpty();
    }

    private static String pick(JsonNode message, String prefix) {
        List<String> candidates = buttons(message, prefix);
        return candidates.get(ThreadLocalRandom.current().nextInt(candidates.size()));
    }

    private static List<String> buttons(JsonNode message, String prefix) {
        List<String> found = new ArrayList<>();
        for (JsonNode row : message.path("reply_markup").path("inline_keyboard")) {
            for (JsonNode button : row) {
                String data = button.path("callback_data").asText();
                if (data.startsWith(prefix)) {
                    found.add(data);
                }
            }
        }
        return found;
    }

    private JsonNode get(String path) {
        try {
            return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void post(String path, Map<String, Object> action) {
        try {
            Map<String, Object> body = new HashMap<>(action);
            body.put("first_name", "Bench" + id);
            body.put("language_code", "ru");
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
