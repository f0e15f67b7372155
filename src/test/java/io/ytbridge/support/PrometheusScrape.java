package io.ytbridge.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

/** What /actuator/prometheus shows, for tests that watch a metric move (their context needs observability on). */
public final class PrometheusScrape {

    private PrometheusScrape() {
    }

    /** The whole scrape of the application on 127.0.0.1:{@code port}. */
    public static String fetch(int port) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("/actuator/prometheus answered " + response.statusCode());
        }
        return response.body();
    }

    /** The sample of {@code metric} whose labels include all of {@code labels}; 0 when there is none yet. */
    public static double value(String scrape, String metric, String... labels) {
        return Arrays.stream(scrape.split("\n"))
                .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }
}
