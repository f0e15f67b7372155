package io.ytbridge.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ytbridge.support.KnownSecrets;
import org.junit.jupiter.api.Test;

/**
 * The real application in a child JVM, configured as on Railway (LOG_FORMAT=json, secrets in the environment):
 * every line it writes while starting is one JSON object, and none holds a secret. A child JVM, because logging is
 * set up once per JVM and the other tests' JVM may have started it in plain format.
 */
class JsonLogsStartupTest {

    @Test
    void startupWritesOneJsonObjectPerLineWithoutSecrets() throws Exception {
        Map<String, String> environment = Map.ofEntries(Map.entry("LOG_FORMAT", "json"),
                Map.entry("TELEGRAM_BOT_TOKEN", KnownSecrets.TELEGRAM_BOT_TOKEN),
                Map.entry("TELEGRAM_API_BASE_URL", "http://127.0.0.1:9"),
                Map.entry("TELEGRAM_WEBHOOK_SECRET", KnownSecrets.TELEGRAM_WEBHOOK_SECRET),
                Map.entry("YCLIENTS_PARTNER_TOKEN", KnownSecrets.YCLIENTS_PARTNER_TOKEN),
                Map.entry("YCLIENTS_COMPANY_ID", "1"),
                Map.entry("YCLIENTS_BASE_URL", "http://127.0.0.1:9/api/v1"),
                Map.entry("YCLIENTS_LOGIN", "salon-admin@example.org"),
                Map.entry("YCLIENTS_PASSWORD", KnownSecrets.YCLIENTS_PASSWORD),
                Map.entry("YCLIENTS_WEBHOOK_SECRET", KnownSecrets.YCLIENTS_WEBHOOK_SECRET),
                Map.entry("ADMIN_TOKEN", KnownSecrets.ADMIN_TOKEN));
        List<String> lines = startUntilReady(environment);

        ObjectMapper json = new ObjectMapper();
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(json.readTree(line).isObject()).as(line).isTrue());
        List<String> messages = new ArrayList<>();
        for (String line : lines) {
            JsonNode event = json.readTree(line);
            assertThat(event.at("/log/level").asText()).as(line).isNotBlank();
            messages.add(event.get("message").asText());
        }
        assertThat(messages).anySatisfy(message -> assertThat(message).startsWith("yclients-telegram-bridge ready"));
        assertThat(messages).contains("  Admin API: enabled");
        KnownSecrets.assertAbsent("startup log", String.join("\n", lines));
    }

    private static List<String> startUntilReady(Map<String, String> environment) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "io.ytbridge.BridgeApplication", "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:json-logs;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "--spring.datasource.password=" + KnownSecrets.DATABASE_PASSWORD))
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("YCLIENTS_") || name.startsWith("TELEGRAM_")
                || name.equals("DATABASE_URL") || name.equals("LOG_FORMAT") || name.equals("ADMIN_TOKEN"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            List<String> lines = new ArrayList<>();
            CompletableFuture<Void> ready = CompletableFuture.runAsync(() -> {
                try (BufferedReader reader = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        if (!line.isBlank()) {
                            lines.add(line);
                        }
                        if (line.contains("Admin API")) {
                            return;
                        }
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            ready.get(90, TimeUnit.SECONDS);
            return lines;
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
