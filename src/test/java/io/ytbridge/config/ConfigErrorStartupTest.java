package io.ytbridge.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Starts the real application in a child JVM with bad environment variables, as an operator would. */
class ConfigErrorStartupTest {

    private static final String PARTNER_TOKEN = "partner-token-that-must-never-be-printed";

    @Test
    void nonNumericCompanyIdStopsStartupWithOneClearLine() throws Exception {
        Result result = start(Map.of("YCLIENTS_PARTNER_TOKEN", PARTNER_TOKEN, "YCLIENTS_COMPANY_ID", "salon-42"));

        assertThat(result.exitCode).isNotZero();
        assertThat(result.output).contains(
                "Invalid configuration: YCLIENTS_COMPANY_ID must be a positive integer (the salon's Yclients company id)");
        assertThat(result.output).doesNotContain(PARTNER_TOKEN).doesNotContain("salon-42");
        assertThat(result.output).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void missingCompanyIdWithPartnerTokenIsNamed() throws Exception {
        Result result = start(Map.of("YCLIENTS_PARTNER_TOKEN", PARTNER_TOKEN));

        assertThat(result.exitCode).isNotZero();
        assertThat(result.output).contains("YCLIENTS_COMPANY_ID must be a positive integer");
    }

    @Test
    void malformedDatabaseUrlIsNamedWithoutItsPassword() throws Exception {
        Result result = start(Map.of("DATABASE_URL", "mysql://root:hunter2@db/bridge"));

        assertThat(result.exitCode).isNotZero();
        assertThat(result.output).contains("Invalid configuration: DATABASE_URL must be a URL like postgresql://");
        assertThat(result.output).doesNotContain("hunter2");
    }

    private record Result(int exitCode, String output) {
    }

    private static Result start(Map<String, String> environment) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "io.ytbridge.BridgeApplication", "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:config-error"))
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("YCLIENTS_") || name.startsWith("TELEGRAM_")
                || name.equals("DATABASE_URL"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
