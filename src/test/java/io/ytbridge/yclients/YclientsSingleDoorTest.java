package io.ytbridge.yclients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * "No code path reaches Yclients except through the funnel", checked on the sources: in routes/*.yaml only the
 * route yclients-call sends to an HTTP endpoint built from the Yclients base URL, and in src/main/java only the
 * funnel's request bean turns that base URL into addresses (the others named here just report or validate it).
 */
class YclientsSingleDoorTest {

    private static final Pattern HTTP_ENDPOINT = Pattern.compile("^(https?|vertx-http|netty-http|rest|ahc):.*");
    private static final Pattern YCLIENTS_ADDRESS = Pattern.compile(
            "yclientsBaseUrl|bridge\\.yclients\\.base-url|api\\.yclients\\.com|api\\.alteg\\.io|yclientsUrl");
    private static final Set<String> JAVA_ALLOWED = Set.of("config/BridgeEndpoints.java",
            "config/SettingsValidator.java", "config/StartupBanner.java", "yclients/YclientsRequest.java");

    @Test
    void onlyTheFunnelRouteCallsAnHttpEndpointWithTheYclientsAddress() throws IOException {
        List<String> offenders = new ArrayList<>();
        List<String> funnelCalls = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("routes"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).toList()) {
                Object document = new Yaml().load(Files.readString(file));
                for (Object item : (List<?>) document) {
                    Map<?, ?> route = item instanceof Map<?, ?> map && map.get("route") instanceof Map<?, ?> r ? r : null;
                    if (route == null) {
                        continue;
                    }
                    String routeId = String.valueOf(route.get("id"));
                    for (String uri : endpointUris(route)) {
                        boolean http = HTTP_ENDPOINT.matcher(uri).matches() || YCLIENTS_ADDRESS.matcher(uri).find();
                        if (http && routeId.equals("yclients-call")) {
                            funnelCalls.add(uri);
                        } else if (http) {
                            offenders.add(file.getFileName() + " / " + routeId + ": " + uri);
                        }
                    }
                }
            }
        }
        assertThat(funnelCalls).as("the funnel's own HTTP call").containsExactly("${exchangeProperty.yclientsUrl}");
        assertThat(offenders).as("HTTP endpoints outside direct:yclients-call").isEmpty();
    }

    @Test
    void onlyTheFunnelBuildsAddressesFromTheYclientsBaseUrl() throws IOException {
        Path sources = Path.of("src/main/java/io/ytbridge");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String relative = sources.relativize(file).toString().replace('\\', '/');
                if (YCLIENTS_ADDRESS.matcher(Files.readString(file)).find() && !JAVA_ALLOWED.contains(relative)) {
                    offenders.add(relative);
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    /** Every endpoint URI a route sends to: to, toD, wireTap, enrich, pollEnrich, recipientList constants. */
    private static List<String> endpointUris(Object node) {
        List<String> uris = new ArrayList<>();
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (Set.of("to", "toD", "wireTap", "enrich", "pollEnrich").contains(String.valueOf(key))) {
                    if (value instanceof String text) {
                        uris.add(text);
                    } else if (value instanceof Map<?, ?> endpoint && endpoint.get("uri") != null) {
                        uris.add(String.valueOf(endpoint.get("uri")));
                    }
                }
                uris.addAll(endpointUris(value));
            });
        } else if (node instanceof List<?> list) {
            list.forEach(element -> uris.addAll(endpointUris(element)));
        }
        return uris;
    }
}
