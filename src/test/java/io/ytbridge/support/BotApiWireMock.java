package io.ytbridge.support;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * One fake Bot API per test JVM, on 127.0.0.1 (WireMock, methods at /bot{token}/{method}), for tests that let the
 * real {@code direct:telegram-send} deliver: every method succeeds, and what was delivered is read back from the
 * journal. Like Telegram it can be made slow ({@link #holdAnswers()}) or fail for one chat ({@link #failNext}).
 * Tests tell their traffic apart by chat id, so the fake is never reset.
 */
public final class BotApiWireMock {

    /** Shaped like a real token, so the settings accept it. */
    public static final String TOKEN = "123456789:fake-token-for-tests-only";

    /** One message Telegram accepted. */
    public record SentMessage(String method, String chatId, String text) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Faults FAULTS = new Faults();
    private static WireMockServer server;

    private BotApiWireMock() {
    }

    public static synchronized WireMockServer shared() {
        if (server == null) {
            server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().extensions(FAULTS));
            server.start();
            server.stubFor(post(urlMatching("/bot" + TOKEN.replace(":", "\\:") + "/[A-Za-z]+"))
                    .willReturn(okJson("{\"ok\":true,\"result\":{\"message_id\":1,\"date\":1767225600}}")));
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** The value for {@code bridge.telegram.api-base-url}. */
    public static String baseUrl() {
        return shared().baseUrl();
    }

    /** The messages Telegram accepted for one chat (a failed attempt is not among them), oldest first. */
    public static List<SentMessage> sentTo(long chatId) {
        String chat = Long.toString(chatId);
        return shared().getAllServeEvents().stream()
                .filter(event -> event.getResponse().getStatus() == 200)
                .sorted(Comparator.comparing(event -> event.getRequest().getLoggedDate()))
                .map(event -> {
                    JsonNode payload = payload(event);
                    String url = event.getRequest().getUrl();
                    return new SentMessage(url.substring(url.lastIndexOf('/') + 1),
                            payload.path("chat_id").asText(), payload.path("text").asText(null));
                })
                .filter(message -> chat.equals(message.chatId()))
                .toList();
    }

    /** The payloads Telegram accepted for one chat, as sent (keyboards included), oldest first. */
    public static List<JsonNode> payloadsTo(long chatId) {
        String chat = Long.toString(chatId);
        return shared().getAllServeEvents().stream()
                .filter(event -> event.getResponse().getStatus() == 200)
                .sorted(Comparator.comparing(event -> event.getRequest().getLoggedDate()))
                .map(BotApiWireMock::payload)
                .filter(payload -> chat.equals(payload.path("chat_id").asText()))
                .toList();
    }

    /** The next {@code count} requests for this chat get a 502, as when Telegram is unreachable. */
    public static void failNext(long chatId, int count) {
        shared();
        FAULTS.failures.put(Long.toString(chatId), new AtomicInteger(count));
    }

    /** Requests are answered only after {@link #releaseAnswers()}, as when Telegram is slow: whoever waits, waits too. */
    public static void holdAnswers() {
        shared();
        FAULTS.gate = new CountDownLatch(1);
    }

    public static void releaseAnswers() {
        FAULTS.gate.countDown();
    }

    private static JsonNode payload(ServeEvent event) {
        try {
            return JSON.readTree(event.getRequest().getBodyAsString());
        } catch (IOException notJson) {
            return JSON.createObjectNode();
        }
    }

    /** Holds answers while the gate is closed, then answers a chat that is to fail with a 502. */
    private static final class Faults implements ResponseDefinitionTransformerV2 {

        private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        private volatile CountDownLatch gate = new CountDownLatch(0);

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            try {
                if (!gate.await(30, TimeUnit.SECONDS)) {
                    return failure(500, "held answers were never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failure(500, "interrupted");
            }
            AtomicInteger failing = failures.get(payload(event).path("chat_id").asText());
            if (failing != null && failing.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                return failure(502, "Bad Gateway");
            }
            return event.getResponseDefinition();
        }

        private static ResponseDefinition failure(int status, String description) {
            return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"ok\":false,\"error_code\":" + status + ",\"description\":\"" + description + "\"}")
                    .build();
        }

        @Override
        public String getName() {
            return "bot-api-faults";
        }
    }
}
