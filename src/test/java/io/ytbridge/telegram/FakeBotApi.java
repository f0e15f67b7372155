package io.ytbridge.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.ytbridge.support.BotApiWireMock;

/** A fake Bot API on 127.0.0.1 (WireMock): methods at /bot{token}/{method}, as Telegram serves them. */
final class FakeBotApi {

    /** Shaped like a real token, so the settings accept it; the tests look for it where it must not be. */
    static final String TOKEN = BotApiWireMock.TOKEN;

    private FakeBotApi() {
    }

    /**
     * Starts a server that answers every method with an empty success, and getUpdates with no updates after a short
     * wait, as a long poll with nothing new does. Tests add specific stubs on top.
     */
    static WireMockServer start() {
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        server.stubFor(post(urlMatching("/bot" + TOKEN.replace(":", "\\:") + "/[A-Za-z]+")).atPriority(10)
                .willReturn(okJson(ok("true"))));
        server.stubFor(post(urlEqualTo(path("getUpdates"))).atPriority(9)
                .willReturn(okJson(ok("[]")).withFixedDelay(200)));
        return server;
    }

    static String path(String method) {
        return "/bot" + TOKEN + "/" + method;
    }

    static String ok(String resultJson) {
        return "{\"ok\":true,\"result\":" + resultJson + "}";
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status, String description) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":false,\"error_code\":" + status + ",\"description\":\"" + description + "\"}");
    }

    /** Requests to one method, oldest first (WireMock lists newest first). */
    static List<LoggedRequest> requests(WireMockServer server, String method) {
        return server.getAllServeEvents().stream()
                .map(event -> event.getRequest())
                .filter(request -> request.getUrl().equals(path(method)))
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
                .toList();
    }

    /** getUpdates from this offset answers these updates (raw JSON texts); newer stubs win over older ones. */
    static void stubGetUpdates(WireMockServer server, long offset, String... updates) {
        server.stubFor(post(urlEqualTo(path("getUpdates")))
                .withRequestBody(matchingJsonPath("$.offset", equalTo(Long.toString(offset))))
                .willReturn(okJson(ok("[" + String.join(",", updates) + "]"))));
    }

    /** The offsets getUpdates was asked from, oldest first. */
    static List<String> requestedOffsets(WireMockServer server) {
        return requests(server, "getUpdates").stream()
                .map(request -> readJson(request.getBodyAsString()).path("offset").asText())
                .toList();
    }

    static JsonNode readJson(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Raw text of a private chat message update. */
    static String messageUpdate(long updateId, long chatId, String text) {
        return """
                {"update_id": %d, "message": {"message_id": %d, "date": 1767225600,
                  "from": {"id": %d, "is_bot": false, "first_name": "Anna", "language_code": "ru"},
                  "chat": {"id": %d, "type": "private", "first_name": "Anna"}, "text": "%s"}}
                """.formatted(updateId, updateId + 1000, chatId, chatId, text);
    }

    /** Raw text of an update sharing the sender's own contact. */
    static String contactUpdate(long updateId, long chatId, String phone) {
        return """
                {"update_id": %d, "message": {"message_id": %d, "date": 1767225600,
                  "from": {"id": %d, "is_bot": false, "first_name": "Boris", "language_code": "en"},
                  "chat": {"id": %d, "type": "private"},
                  "contact": {"phone_number": "%s", "first_name": "Boris", "user_id": %d}}}
                """.formatted(updateId, updateId + 1000, chatId, chatId, phone, chatId);
    }
}
