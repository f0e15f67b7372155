package io.ytbridge.ops;

import java.util.Set;

/**
 * Published (as a Spring application event) when secrets took new values without a restart, naming them
 * ({@link BridgeSecret} names), never carrying values. For example the Yclients funnel drops its cached user token
 * when YCLIENTS_LOGIN, YCLIENTS_PASSWORD or YCLIENTS_PARTNER_TOKEN changed:
 * {@code @EventListener void on(SecretsRotatedEvent event) { if (event.affects("YCLIENTS_PASSWORD")) ... }}.
 */
public record SecretsRotatedEvent(Set<String> names) {

    public SecretsRotatedEvent {
        names = Set.copyOf(names);
    }

    public boolean affects(String... anyOf) {
        for (String name : anyOf) {
            if (names.contains(name)) {
                return true;
            }
        }
        return false;
    }
}
