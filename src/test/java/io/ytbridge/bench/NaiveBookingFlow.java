package io.ytbridge.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ytbridge.config.BridgeEndpoints;

/**
 * The seed plan's booking, the baseline of bench/bookings.sh: every booking makes its own auth, client search,
 * client create, services, staff, free times and record calls, with no cache, straight at Yclients (the strict
 * proxy). Paced as politely as the funnel is (same rule: a call counts from its start until one window after it
 * completed), so the comparison is about calls per booking, not about who breaks the limit.
 */
final class NaiveBookingFlow {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String base;
    private final Pacer pacer;
    private int requests;

    NaiveBookingFlow(HttpClient http, String base, Pacer pacer) {
        this.http = http;
        this.base = base;
        this.pacer = pacer;
    }

    /** One booking for this phone; true when Yclients booked it. Counts every request made, failed ones included. */
    boolean books(String phone) throws Exception {
        String partner = "Bearer " + BridgeEndpoints.SANDBOX_YCLIENTS_PARTNER_TOKEN;
        JsonNode auth = call("POST", "/auth", partner, Map.of("login", BridgeEndpoints.SANDBOX_YCLIENTS_LOGIN,
                "password", BridgeEndpoints.SANDBOX_YCLIENTS_PASSWORD));
        String user = partner + ", User " + auth.path("data").path("user_token").asText();
        call("POST", "/company/1/clients/search", user, Map.of("page", 1, "page_size", 50,
                "filters", List.of(Map.of("type", "quick_search", "state", Map.of("value", phone)))));
        call("POST", "/clients/1", user, Map.of("name", "Naive " + phone, "phone", phone));
        JsonNode services = call("GET", "/book_services/1", partner, null).path("data").path("services");
        long service = services.get(ThreadLocalRandom.current().nextInt(services.size())).path("id").asLong();
        List<Long> staff = new ArrayList<>();
        call("GET", "/book_staff/1?service_ids%5B%5D=" + service, partner, null).path("data").forEach(master -> {
            if (master.path("bookable").asBoolean(true) && master.path("id").asLong() > 0) {
                staff.add(master.path("id").asLong());
            }
        });
        long master = staff.get(ThreadLocalRandom.current().nextInt(staff.size()));
        // The week the dialog offers first; no list of open days in the seed plan: a day without free times costs one
        // more call for another.
        JsonNode times = null;
        for (int day = 0; day < 5 && (times == null || times.isEmpty()); day++) {
            LocalDate date = LocalDate.now().plusDays(ThreadLocalRandom.current().nextInt(7));
            times = call("GET", "/book_times/1/" + master + "/" + date + "?service_ids%5B%5D=" + service, partner,
                    null).path("data");
        }
        if (times.isEmpty()) {
            return false;
        }
        String datetime = times.get(ThreadLocalRandom.current().nextInt(times.size())).path("datetime").asText();
        JsonNode record = call("POST", "/book_record/1", partner, Map.of("phone", phone, "fullname", "Naive " + phone,
                "email", "", "appointments", List.of(Map.of("id", 1, "services", List.of(service), "staff_id", master,
                        "datetime", datetime))));
        return record.path("success").asBoolean();
    }

    int requests() {
        return requests;
    }

    private JsonNode call(String method, String path, String authorization, Object body) throws Exception {
        pacer.acquire();
        try {
            requests++;
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", authorization).header("Accept", "application/vnd.yclients.v2+json")
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            return JSON.readTree(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
        } finally {
            pacer.release();
        }
    }

    /** The funnel's pacing rule, for callers outside the application: N per window, counted until a window after the end. */
    static final class Pacer {

        private final int perSecond;
        private final int perMinute;
        private final Deque<Long> completed = new ArrayDeque<>();
        private int inFlight;

        Pacer(int perSecond, int perMinute) {
            this.perSecond = perSecond;
            this.perMinute = perMinute;
        }

        synchronized void acquire() throws InterruptedException {
            while (true) {
                long now = System.currentTimeMillis();
                while (!completed.isEmpty() && completed.peekFirst() <= now - 60_000) {
                    completed.removeFirst();
                }
                long lastSecond = completed.stream().filter(at -> at > now - 1000).count();
                if (inFlight + lastSecond < perSecond && inFlight + completed.size() < perMinute) {
                    inFlight++;
                    return;
                }
                wait(10);
            }
        }

        synchronized void release() {
            inFlight--;
            completed.addLast(System.currentTimeMillis());
            notifyAll();
        }
    }
}
