package io.ytbridge.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

class RedactingLogEncoderTest {

    private static final String TOKEN = "encoder-test-token-5b1e";

    @Test
    void jsonLinesCarryTheCorrelationIdAndMaskPhonesAndSecretsInMessageAndStackTrace() throws Exception {
        SensitiveText.registerSecret(TOKEN);
        String line = encode("json", "Calling /bot" + TOKEN + "/sendMessage for +79161234567",
                new IllegalStateException("client 8 (916) 123-45-67 not found"));

        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.get("message").asText())
                .isEqualTo("Calling /bot" + SensitiveText.REDACTED + "/sendMessage for +7******4567");
        assertThat(json.get("correlationId").asText()).isEqualTo("update-42");
        assertThat(json.at("/log/level").asText()).isEqualTo("WARN");
        assertThat(json.at("/error/message").asText()).isEqualTo("client 8******4567 not found");
        assertThat(json.at("/error/stack_trace").asText()).contains("8******4567").doesNotContain("123-45-67");
        assertThat(line).doesNotContain(TOKEN);
    }

    @Test
    void plainLinesAreMaskedAndShowTheCorrelationId() {
        String line = encode("plain", "Contact +79161234567", new IllegalStateException("+79161234567"));

        assertThat(line).contains("[update-42] ").contains("Contact +7******4567")
                .contains("IllegalStateException: +7******4567").doesNotContain("79161234567");
    }

    private static String encode(String format, String message, Throwable error) {
        LoggerContext context = new LoggerContext();
        MockEnvironment environment = new MockEnvironment();
        context.putObject(Environment.class.getName(), environment);
        RedactingLogEncoder encoder = new RedactingLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(format);
        encoder.setPattern("%-5level [%X{correlationId}] %logger : %m%n%ex");
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        Logger logger = context.getLogger("io.ytbridge.test");
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.WARN, message, error, null);
        event.setMDCPropertyMap(Map.of("correlationId", "update-42"));
        return new String(encoder.encode(event), StandardCharsets.UTF_8);
    }
}
