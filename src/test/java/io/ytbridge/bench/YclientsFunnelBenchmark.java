package io.ytbridge.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.ytbridge.BridgeApplication;
import io.ytbridge.yclients.SlidingWindow;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How much of Yclients' rate limit the funnel uses, and whether it ever goes beyond. Starts a strict fake Yclients
 * on 127.0.0.1 (answers 429 to every request past the limit in any sliding window, as Yclients may) and the real
 * application pointed at it, then keeps the funnel saturated with callers for a while. Not a test: run it with
 * {@code bench/run.sh} (see docs/PERFORMANCE.md). Arguments: seconds, callers, per-second, per-minute.
 */
public final class YclientsFunnelBenchmark {

    private YclientsFunnelBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 130;
        int callers = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int perSecond = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int perMinute = args.length > 3 ? Integer.parseInt(args[3]) : 200;

        StrictFakeYclients fake = new StrictFakeYclients(perSecond, perMinute);
        ConfigurableApplicationContext app = SpringApplication.run(BridgeApplication.class,
                "--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                "--bridge.yclients.partner-token=bench-partner-token", "--bridge.yclients.company-id=1",
                "--bridge.yclients.base-url=" + fake.baseUrl(),
                "--bridge.yclients.rate-limit.per-second=" + perSecond,
                "--bridge.yclients.rate-limit.per-minute=" + perMinute,
                "--bridge.yclients.rate-limit.max-wait-ms=120000");
        ProducerTemplate producer = app.getBean(ProducerTemplate.class);

        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long end = System.currentTimeMillis() + seconds * 1000L;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        for (int caller = 0; caller < callers; caller++) {
            int id = caller;
            pool.submit(() -> {
                for (int call = 0; System.currentTimeMillis() < end; call++) {
                    try {
                        producer.requestBodyAndHeaders("direct:yclients-call", null, Map.of("yclientsOperation",
                                "bench", "yclientsMethod", "GET", "yclientsPath", "/bench/" + id + "/" + call));
                        ok.incrementAndGet();
                    } catch (CamelExecutionException failure) {
                        failed.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 180L, TimeUnit.SECONDS);
        app.close();
        fake.stop();

        List<Long> arrivals = fake.arrivals();
        double perMinuteAchieved = meanPerMinute(arrivals);
        System.out.printf("%n| measure | value |%n|---|---|%n");
        System.out.printf("| run | %d s, %d callers, limit %d/s and %d/min |%n", seconds, callers, perSecond, perMinute);
        System.out.printf("| requests that reached the fake | %d (calls ok %d, failed %d) |%n", arrivals.size(),
                ok.get(), failed.get());
        System.out.printf("| achieved requests per minute (mean of every 60 s window in the run) | %.1f (%.1f %% of %d) |%n",
                perMinuteAchieved, 100 * perMinuteAchieved / perMinute, perMinute);
        System.out.printf("| most in any 1 s / any 60 s | %d / %d |%n", SlidingWindow.busiest(arrivals, 1000),
                SlidingWindow.busiest(arrivals, 60_000));
        System.out.printf("| requests beyond the limit (answered 429) | %d |%n", fake.beyond());
    }

    /** Mean count over the 60 s windows that start at each arrival and end inside the run. */
    static double meanPerMinute(List<Long> sorted) {
        long last = sorted.get(sorted.size() - 1);
        long windows = 0;
        long total = 0;
        int end = 0;
        for (int first = 0; first < sorted.size() && sorted.get(first) + 60_000 <= last; first++) {
            while (end < sorted.size() && sorted.get(end) < sorted.get(first) + 60_000) {
                end++;
            }
            total += end - first;
            windows++;
        }
        return windows == 0 ? Double.NaN : (double) total / windows;
    }

    /** A Yclients that counts every arrival and answers 429 to any request past either limit. */
    static final class StrictFakeYclients {

        private final PublishedYclientsLimit limit;
        private final HttpServer server;
        private final ExecutorService handlers = Executors.newFixedThreadPool(16);

        StrictFakeYclients(int perSecond, int perMinute) throws IOException {
            limit = new PublishedYclientsLimit(perSecond, perMinute);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
            server.setExecutor(handlers);
            server.createContext("/api/v1/", this::answer);
            server.start();
        }

        String baseUrl() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1";
        }

        private void answer(HttpExchange exchange) throws IOException {
            boolean allowed = limit.admit(System.currentTimeMillis());
            byte[] body = (allowed ? "{\"success\": true, \"data\": {}, \"meta\": []}"
                    : "{\"success\": false, \"data\": null, \"meta\": {\"message\": \"Too many requests\"}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(allowed ? 200 : 429, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }

        int beyond() {
            return limit.beyond();
        }

        List<Long> arrivals() {
            return limit.arrivals();
        }

        void stop() {
            server.stop(0);
            handlers.shutdownNow();
        }
    }
}
