package io.ytbridge.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Yclients as strict as its published limit, in front of the Yclients sandbox of another application process: every
 * request that arrives is counted; one past 5 in any second or 200 in any minute (counting every arrival, as a
 * per-IP limiter does) is answered 429 and never forwarded; the rest are passed on unchanged. {@code GET /_stats}
 * returns the arrival times (epoch ms), their paths and the count beyond the limit. Used by bench/bookings.sh.
 * Arguments: listen port, target base (http://127.0.0.1:PORT), per-second, per-minute.
 */
public final class StrictYclientsProxy {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FORWARDED_HEADERS = List.of("Authorization", "Content-Type", "Accept");

    private final String target;
    private final PublishedYclientsLimit limit;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final List<String> paths = new ArrayList<>();

    private StrictYclientsProxy(String target, int perSecond, int perMinute) {
        this.target = target;
        this.limit = new PublishedYclientsLimit(perSecond, perMinute);
    }

    public static void main(String[] args) throws IOException {
        StrictYclientsProxy proxy = new StrictYclientsProxy(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 200);
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.createContext("/_stats", proxy::stats);
        server.createContext("/", proxy::forward);
        server.start();
        System.out.println("strict Yclients proxy on 127.0.0.1:" + args[0] + " -> " + args[1]);
    }

    private void forward(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        boolean allowed = admit(System.currentTimeMillis(), exchange.getRequestMethod() + " " + path);
        if (!allowed) {
            reply(exchange, 429, "{\"success\": false, \"data\": null, \"meta\": {\"message\": \"Too many requests\"}}");
            return;
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
                    .timeout(Duration.ofSeconds(30))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            for (String name : FORWARDED_HEADERS) {
                String value = exchange.getRequestHeaders().getFirst(name);
                if (value != null) {
                    request.header(name, value);
                }
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            reply(exchange, response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reply(exchange, 502, "{}");
        }
    }

    private synchronized boolean admit(long now, String path) {
        paths.add(path);
        return limit.admit(now);
    }

    private void stats(HttpExchange exchange) throws IOException {
        Map<String, Object> stats = new TreeMap<>();
        synchronized (this) {
            stats.put("arrivals", limit.arrivals());
            stats.put("paths", List.copyOf(paths));
            stats.put("beyond", limit.beyond());
        }
        reply(exchange, 200, JSON.writeValueAsString(stats));
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
