package io.ytbridge.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ytbridge.config.BridgeEndpoints;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Telegram sandbox's Bot API door: {@code /sandbox/telegram/bot<token>/<method>}, GET or POST, parameters as
 * JSON, form fields or query string. Only {@link BridgeEndpoints#SANDBOX_BOT_TOKEN} gets in (401 otherwise).
 */
@RestController
@TelegramSandboxOnly
class TelegramSandboxBotController {

    private final BotApiSandbox api;
    private final ObjectMapper mapper;

    TelegramSandboxBotController(BotApiSandbox api, ObjectMapper mapper) {
        this.api = api;
        this.mapper = mapper;
    }

    @RequestMapping(path = BridgeEndpoints.TELEGRAM_SANDBOX_PATH + "/bot{token}/{method}",
            method = {RequestMethod.GET, RequestMethod.POST})
    Object call(@PathVariable String token, @PathVariable String method, HttpServletRequest request) throws IOException {
        if (!MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                BridgeEndpoints.SANDBOX_BOT_TOKEN.getBytes(StandardCharsets.UTF_8))) {
            throw new BotApiException(401, "Unauthorized");
        }
        BotApiArguments args = BotApiArguments.of(request.getParameterMap(), jsonBody(request), mapper);
        if ("getupdates".equalsIgnoreCase(method)) {
            return api.getUpdates(args);
        }
        return api.call(method, args);
    }

    private JsonNode jsonBody(HttpServletRequest request) throws IOException {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            return null;
        }
        byte[] body = request.getInputStream().readAllBytes();
        if (body.length == 0) {
            return null;
        }
        try {
            return mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw BotApiException.badRequest("can't parse JSON object");
        }
    }

    @ExceptionHandler(BotApiException.class)
    ResponseEntity<JsonNode> refused(BotApiException refusal) {
        return BotApiReplies.error(refusal);
    }
}
