package io.ytbridge.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.ytbridge.support.ChatUser;
import io.ytbridge.support.LogErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Ten thousand generated bodies against the two doors strangers can knock on: the Yclients webhook (with and without
 * the secret) and the Telegram update dispatcher. No answer is a 5xx (the database is up, so not even 503), no
 * answer carries a stack trace, no update throws out of the dispatcher (in polling it would stop the batch forever),
 * nothing is logged at ERROR or with a stack trace, and afterwards a real booking and a real webhook still work.
 * The seed is fixed and printed; change {@link #SEED} to explore, keep a failing one to reproduce.
 */
@ExtendWith(OutputCaptureExtension.class)
class FuzzingTest extends SandboxFaultsTestBase {

    static final long SEED = 20261126L;
    private static final int WEBHOOK_BODIES = 6_000;
    private static final int TELEGRAM_UPDATES = 4_000;
    private static final String SANDBOX_WEBHOOK_SECRET = "sandbox-webhook-secret-not-a-secret";

    @Test
    void tenThousandGeneratedBodiesLeaveNoTraceAndTheHappyPathStillWorks(CapturedOutput output) throws Exception {
        System.out.println("FuzzingTest seed " + SEED);
        FuzzBodies webhookBodies = new FuzzBodies(SEED);
        FuzzBodies updates = new FuzzBodies(SEED + 1);
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        int logStart = output.length();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < WEBHOOK_BODIES; i++) {
            byte[] body = webhookBodies.webhook();
            boolean authenticated = i % 2 == 0;
            int index = i;
            running.add(pool.submit(() -> deliverWebhook(index, body, authenticated, problems)));
        }
        AtomicLong updateIds = new AtomicLong(SEED * 1000);
        for (int i = 0; i < TELEGRAM_UPDATES; i++) {
            long updateId = updateIds.incrementAndGet();
            String update = updates.telegramUpdate(updateId, 900_000_000L + i);
            running.add(pool.submit(() -> dispatchUpdate(updateId, update, problems)));
        }
        for (Future<?> body : running) {
            body.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(problems).as("seed " + SEED).isEmpty();
        String log = output.toString().substring(logStart);
        assertThat(log).as("the log is captured").contains("Refused a Yclients webhook delivery");
        assertThat(LogErrors.in(log).stream().filter(line -> !isCamelsNoteOfACaughtBotApiRefusal(line)).toList())
                .as("seed " + SEED).isEmpty();

        ChatUser afterwards = new ChatUser(port, 8301, "ru");
        afterwards.registers("79161238301");
        afterwards.choosesFirstFreeTime();
        afterwards.press("K:");
        afterwards.awaitText("Вы записаны!");
        long recordId = jdbc.queryForObject("SELECT record_id FROM booking WHERE telegram_user_id = 8301", Long.class);
        HttpResponse<String> confirmed = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/sandbox/yclients/_admin/records/" + recordId + "/confirm")).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        afterwards.awaitText("Салон подтвердил вашу запись");
    }

    private void deliverWebhook(int index, byte[] body, boolean authenticated, List<String> problems) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/yclients/webhook"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (authenticated) {
                request.header("Authorization", "Bearer " + SANDBOX_WEBHOOK_SECRET);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500 || looksLikeAStackTrace(response.body())) {
                problems.add("webhook #" + index + (authenticated ? " (authenticated)" : "") + ": " + response.statusCode()
                        + " " + abbreviate(response.body()) + " for " + abbreviate(new String(body)));
            }
        } catch (Exception e) {
            problems.add("webhook #" + index + ": " + e);
        }
    }

    private void dispatchUpdate(long updateId, String update, List<String> problems) {
        try {
            producer.requestBody("direct:telegram-update", update);
        } catch (Exception e) {
            problems.add("update " + updateId + ": " + e.getCause() + " for " + abbreviate(update));
        }
    }

    /**
     * Camel's one-line note, without a stack trace, that the Bot API refused a call with a 400 (a forged update's
     * chat or callback does not exist). The caller catches that refusal; in some full test runs Camel still writes the
     * note at ERROR, and why is not known yet. It is no uncaught exception.
     */
    private static boolean isCamelsNoteOfACaughtBotApiRefusal(String line) {
        return line.contains(" o.a.c.p.e.DefaultErrorHandler ") && line.contains(". On delivery attempt: ")
                && line.contains(" caught: io.ytbridge.telegram.TelegramApiException: ") && line.contains(": 400 Bad Request");
    }

    private static boolean looksLikeAStackTrace(String body) {
        return body.contains("\tat ") || body.contains("Exception") || body.contains("at io.ytbridge")
                || body.contains("at org.apache");
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
