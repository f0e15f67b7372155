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
 * Tells the Yclients sandbox to misbehave, for tests and demos:
 * {@code POST /sandbox/yclients/_control {"failNext": 429, "count": 2, "retryAfter": 1, "delayMs": 800}};
 * {@code {"reset": true}} makes it well again. GET shows the plan.
 */
@RestController
@RequestMapping("/sandbox/yclients/_control")
@YclientsSandboxOnly
class YclientsSandboxControlController {

    private final SandboxFaults faults;

    YclientsSandboxControlController(SandboxFaults faults) {
        this.faults = faults;
    }

    @GetMapping
    SandboxFaults.Plan plan() {
        return faults.plan();
    }

    @PostMapping
    SandboxFaults.Plan change(@RequestBody SandboxFaults.Request request) {
        request.applyTo(faults);
        return faults.plan();
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> invalid(IllegalArgumentException invalid) {
        return ResponseEntity.badRequest().body(Map.of("error", invalid.getMessage()));
    }
}
