package io.ytbridge.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

/**
 * Webhook mode of the Telegram sandbox: posts pending updates, one at a time and in order, to the URL given with
 * setWebhook, with {@code X-Telegram-Bot-Api-Secret-Token} when a secret_token was set. An update counts as delivered
 * on a 2xx answer; otherwise it is tried again with growing pauses, as Telegram does.
 */
@Component
@TelegramSandboxOnly
class TelegramWebhookPusher {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_RETRY_DELAY_SECONDS = 30;

    private final TelegramSandboxStore store;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    /** Its own thread, not a bean: an Executor bean would take the place of Spring Boot's task executor. */
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "telegram-sandbox-webhook");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean retryPlanned = new AtomicBoolean();
    private volatile int failures;
    private volatile String lastError;

    TelegramWebhookPusher(TelegramSandboxStore store) {
        this.store = store;
    }

    /** Something may be pending: deliver it soon. */
    void wake() {
        worker.execute(this::deliverPending);
    }

    String lastError() {
        return lastError;
    }

    private void deliverPending() {
        while (true) {
            Optional<TelegramSandboxStore.Webhook> webhook = store.webhook();
            if (webhook.isEmpty()) {
                return;
            }
            List<TelegramSandboxStore.StoredUpdate> next = store.updatesFrom(store.confirmedOffset(), 1);
            if (next.isEmpty()) {
                return;
            }
            TelegramSandboxStore.StoredUpdate update = next.get(0);
            String problem = post(webhook.get(), update.payload());
            if (problem == null) {
                failures = 0;
                lastError = null;
                store.confirmBelow(update.updateId() + 1);
                continue;
            }
            lastError = problem;
            failures++;
            if (retryPlanned.compareAndSet(false, true)) {
                long delay = Math.min(MAX_RETRY_DELAY_SECONDS, 1L << Math.min(failures, 5));
                worker.schedule(() -> {
                    retryPlanned.set(false);
                    deliverPending();
                }, delay, TimeUnit.SECONDS);
            }
            return;
        }
    }

    /** Null when delivered, otherwise what went wrong (as getWebhookInfo's last_error_message). */
    private String post(TelegramSandboxStore.Webhook webhook, String payload) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(webhook.url())).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload));
        if (webhook.secret() != null && !webhook.secret().isEmpty()) {
            request.header("X-Telegram-Bot-Api-Secret-Token", webhook.secret());
        }
        try {
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? null : "Wrong response from the webhook: " + status;
        } catch (IOException e) {
            return "Connection failed: " + e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "Interrupted";
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
