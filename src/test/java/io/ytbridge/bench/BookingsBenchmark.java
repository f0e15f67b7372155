package io.ytbridge.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ytbridge.yclients.SlidingWindow;

/**
 * Bookings under the Yclients limit and the bot's reply latency (bench/bookings.sh starts the processes). The bot
 * runs as its own process against a strict Yclients proxy (A); simulated users book through the Telegram sandbox:
 * one alone on a cold cache, N at once, one alone on a warm cache, then 1, 10 and 50 at once for latency, read from
 * the bot's own database (update stored by the sandbox → update marked processed by the bot, after its reply was
 * sent). Then the seed plan's naive flow books through a second strict proxy (B) for the same limit. Prints a
 * Markdown section. Arguments: bot port, proxy A base, proxy B base, users, bot JDBC url, naive seconds, output file.
 */
public final class BookingsBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PER_MINUTE = 200;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(16)).build();
    private static final AtomicLong USER_IDS = new AtomicLong(880_000_000L);

    private BookingsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int botPort = Integer.parseInt(args[0]);
        String proxyA = args[1];
        String proxyB = args[2];
        int users = Integer.parseInt(args[3]);
        String botDb = args[4];
        int naiveSeconds = Integer.parseInt(args[5]);
        Path output = Path.of(args[6]);

        int coldBefore = arrivals(proxyA).size();
        boolean coldBooked = bookAlone(botPort);
        int coldRequests = arrivals(proxyA).size() - coldBefore;
        log("cold booking: " + coldBooked + ", " + coldRequests + " Yclients requests");

        long massStart = System.currentTimeMillis();
        List<Long> finishes = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        runUsers(botPort, users, Math.max(100, Math.min(1000, users * 5L)), finishes, failed);
        long massEnd = Collections.max(finishes.isEmpty() ? List.of(System.currentTimeMillis()) : finishes);
        List<Long> massArrivals = arrivals(proxyA).stream().filter(at -> at >= massStart && at <= massEnd).toList();
        double massMinutes = (massEnd - massStart) / 60_000.0;
        log("mass: " + finishes.size() + " booked, " + failed.get() + " failed in " + massMinutes + " min, "
                + massArrivals.size() + " requests");

        int warmBefore = arrivals(proxyA).size();
        boolean warmBooked = bookAlone(botPort);
        int warmRequests = arrivals(proxyA).size() - warmBefore;
        log("warm booking: " + warmBooked + ", " + warmRequests + " Yclients requests");

        // A fresh minute at Yclients' side, so latency shows the bot and not the tail of the mass run's budget.
        Thread.sleep(61_000);
        StringBuilder latency = new StringBuilder();
        for (int level : new int[] {1, 10, 50}) {
            OffsetDateTime from = OffsetDateTime.now();
            AtomicInteger levelFailed = new AtomicInteger();
            List<Long> levelFinishes = Collections.synchronizedList(new ArrayList<>());
            for (int round = 0; round < (level == 1 ? 3 : 1); round++) {
                runUsers(botPort, level, 100, levelFinishes, levelFailed);
            }
            List<Long> replies = replyLatencies(botDb, from, OffsetDateTime.now());
            latency.append(String.format("| %d | %d | %d ms | %d ms | %d ms | %d of %d |%n", level, replies.size(),
                    percentile(replies, 50), percentile(replies, 99), replies.isEmpty() ? 0 : Collections.max(replies),
                    levelFinishes.size(), levelFinishes.size() + levelFailed.get()));
            log("latency at " + level + ": " + replies.size() + " updates, p50 " + percentile(replies, 50) + " p99 "
                    + percentile(replies, 99));
        }
        int beyondA = JSON.readTree(stats(proxyA)).path("beyond").asInt();

        NaiveResult naive = runNaive(proxyB, naiveSeconds);
        List<Long> naiveArrivals = arrivals(proxyB);
        int beyondB = JSON.readTree(stats(proxyB)).path("beyond").asInt();
        log("naive: " + naive.booked + " booked, " + naive.failed + " failed, " + naive.requests + " requests");

        double botPerMinute = finishes.size() / massMinutes;
        double naivePerMinute = naive.booked / (naiveSeconds / 60.0);
        String botShare = share(massArrivals);
        String naiveShare = share(naiveArrivals);
        String section = """
                | measure | the bundle (dialog through the Telegram sandbox) | naive seed-plan flow (baseline) |
                |---|---|---|
                | bookings made | %d of %d users in %.1f min (%d failed) | %d in %d s (%d attempts failed) |
                | **bookings per minute** | **%.1f** | %.1f |
                | **ratio bundle / naive** | **%.2f×** | 1 |
                | Yclients requests per booking | cold cache %d, warm cache %d, mean over the run %.2f | %.2f |
                | Yclients requests in the run | %d | %d |
                | share of the limit used (mean requests in every 60 s window of the run / 200) | %s | %s |
                | most in any 1 s / any 60 s | %d / %d | %d / %d |
                | **requests beyond the limit (answered 429)** | **%d** | %d |
                | users told "unavailable, try again" (the bot's bounded wait for the limit ran out), pressed again | %d | |

                Bot reply latency (update stored by the Telegram sandbox → update marked processed by the bot, after its
                reply was sent; every update of a whole booking dialog: /start, contact, each button, confirm), warm
                cache, users booking at once:

                | users at once | updates | p50 | p99 | max | bookings made |
                |---|---|---|---|---|---|
                %s""".formatted(finishes.size(), users, massMinutes, failed.get(), naive.booked, naiveSeconds,
                naive.failed, botPerMinute, naivePerMinute, botPerMinute / naivePerMinute, coldRequests, warmRequests,
                (double) massArrivals.size() / Math.max(1, finishes.size()),
                (double) naive.requests / Math.max(1, naive.booked), massArrivals.size(), naiveArrivals.size(),
                botShare, naiveShare, SlidingWindow.busiest(massArrivals, 1000), SlidingWindow.busiest(massArrivals, 60_000),
                SlidingWindow.busiest(naiveArrivals, 1000), SlidingWindow.busiest(naiveArrivals, 60_000), beyondA, beyondB, ChatBenchUser.UNAVAILABLE_ANSWERS.get(), latency);
        Files.writeString(output, section);
        System.out.println(section);
        System.exit(0);
    }

    private static boolean bookAlone(int botPort) throws InterruptedException {
        return new ChatBenchUser(HTTP, botPort, USER_IDS.incrementAndGet(), 100, 120_000).books();
    }

    private static void runUsers(int botPort, int count, long pollMillis, List<Long> finishes, AtomicInteger failed)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ChatBenchUser user = new ChatBenchUser(HTTP, botPort, USER_IDS.incrementAndGet(), pollMillis, 180_000);
            running.add(pool.submit(() -> {
                try {
                    if (user.books()) {
                        finishes.add(System.currentTimeMillis());
                    } else {
                        failed.incrementAndGet();
                    }
                } catch (Exception e) {
                    log(e.getMessage());
                    failed.incrementAndGet();
                }
            }));
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
    }

    private record NaiveResult(int booked, int failed, int requests) {
    }

    private static NaiveResult runNaive(String proxy, int seconds) throws InterruptedException {
        NaiveBookingFlow.Pacer pacer = new NaiveBookingFlow.Pacer(5, PER_MINUTE);
        AtomicInteger booked = new AtomicInteger();
        AtomicInteger failedAttempts = new AtomicInteger();
        AtomicInteger requests = new AtomicInteger();
        long end = System.currentTimeMillis() + seconds * 1000L;
        ExecutorService pool = Executors.newFixedThreadPool(10);
        for (int caller = 0; caller < 10; caller++) {
            pool.submit(() -> {
                while (System.currentTimeMillis() < end) {
                    NaiveBookingFlow flow = new NaiveBookingFlow(HTTP, proxy + "/sandbox/yclients/api/v1", pacer);
                    try {
                        boolean ok = flow.books("7926" + String.format("%07d", USER_IDS.incrementAndGet() % 10_000_000));
                        if (ok && System.currentTimeMillis() <= end) {
                            booked.incrementAndGet();
                        } else if (!ok) {
                            failedAttempts.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failedAttempts.incrementAndGet();
                    }
                    requests.addAndGet(flow.requests());
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        return new NaiveResult(booked.get(), failedAttempts.get(), requests.get());
    }

    /** Milliseconds from each update's arrival at the sandbox to the bot marking it processed, in the window. */
    private static List<Long> replyLatencies(String jdbcUrl, OffsetDateTime from, OffsetDateTime to) throws Exception {
        List<Long> latencies = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "sa", "");
             PreparedStatement query = connection.prepareStatement("SELECT s.created_at, t.processed_at "
                     + "FROM sandbox_telegram_update s JOIN telegram_update t ON t.update_id = s.update_id "
                     + "WHERE s.created_at >= ? AND s.created_at <= ? AND t.processed_at IS NOT NULL")) {
            query.setObject(1, from);
            query.setObject(2, to);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    OffsetDateTime created = rows.getObject(1, OffsetDateTime.class);
                    OffsetDateTime processed = rows.getObject(2, OffsetDateTime.class);
                    latencies.add(Duration.between(created, processed).toMillis());
                }
            }
        }
        Collections.sort(latencies);
        return latencies;
    }

    private static String share(List<Long> sortedArrivals) {
        if (sortedArrivals.size() < 2 || sortedArrivals.get(sortedArrivals.size() - 1) - sortedArrivals.get(0) < 60_000) {
            return "n/a (under 60 s)";
        }
        return String.format("%.1f %%", 100 * YclientsFunnelBenchmark.meanPerMinute(sortedArrivals) / PER_MINUTE);
    }

    static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static List<Long> arrivals(String proxy) throws Exception {
        List<Long> arrivals = new ArrayList<>();
        JSON.readTree(stats(proxy)).path("arrivals").forEach(at -> arrivals.add(at.asLong()));
        Collections.sort(arrivals);
        return arrivals;
    }

    private static String stats(String proxy) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(proxy + "/_stats")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void log(String line) {
        System.err.println("[bench] " + line);
    }
}
