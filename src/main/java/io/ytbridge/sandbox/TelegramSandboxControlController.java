package io.ytbridge.sandbox;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells the Telegram sandbox to refuse the bot's next sending calls (sendMessage, edits, answerCallbackQuery, ...):
 * {@code POST /sandbox/telegram/_control {"failNext": 429, "count": 1, "retryAfter": 3}} answers
 * {@code 429 Too Many Requests: retry after 3} with {@code parameters.retry_after}; {@code {"reset": true}} ends it.
 */
@RestController
@RequestMapping("/sandbox/telegram/_control")
@TelegramSandboxOnly
class TelegramSandboxControlController {

    private final BotApiSandbox api;

    TelegramSandboxControlController(BotApiSandbox api) {
        this.api = api;
    }

    @GetMapping
    SandboxFaults.Plan plan() {
        return api.faults().plan();
    }

    @PostMapping
    SandboxFaults.Plan change(@RequestBody SandboxFaults.Request request) {
        if (request.delayMs() != null) {
            throw new IllegalArgumentException("delayMs is for the Yclients sandbox only");
        }
        request.applyTo(api.faults());
        return api.faults().plan();
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> invalid(IllegalArgumentException invalid) {
        return ResponseEntity.badRequest().body(Map.of("error", invalid.getMessage()));
    }
}
