package io.ytbridge.yclients;

import java.util.Set;
import java.util.TreeSet;

import org.apache.camel.Exchange;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.http.base.HttpHeaderFilterStrategy;
import org.apache.camel.spi.HeaderFilterStrategy;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.util.Timeout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the funnel's HTTP endpoint talks to Yclients. Set on that endpoint only, so other HTTP calls of the bundle
 * keep their own settings.
 */
@Configuration(proxyBeanMethods = false)
public class YclientsHttp {

    private static final Set<String> SENT_HEADERS = caseInsensitive("Accept", "Content-Type", "Authorization");

    /**
     * Timeouts from {@code bridge.yclients.http.*}; and no retries, cookies or redirects of the HTTP client's own:
     * a hidden retry would bypass the rate limit and resend a booking.
     */
    @Bean("yclientsHttpClient")
    HttpClientConfigurer yclientsHttpClient(YclientsSettings settings) {
        return (HttpClientBuilder builder) -> builder
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableRedirectHandling()
                .setDefaultRequestConfig(requestConfig(settings.http()));
    }

    /**
     * Sends Yclients the funnel's three headers and nothing else, so callers' headers (phone numbers, ids, an
     * inbound webhook's Authorization) never leave the bundle; answers' headers come in as usual.
     */
    @Bean("yclientsHttpHeaders")
    HeaderFilterStrategy yclientsHttpHeaders() {
        return new HttpHeaderFilterStrategy() {
            @Override
            public boolean applyFilterToCamelHeaders(String headerName, Object headerValue, Exchange exchange) {
                return !SENT_HEADERS.contains(headerName);
            }
        };
    }

    @SuppressWarnings("deprecation") // the per-request connect timeout is still honoured, and keeps it off the shared pool
    private static RequestConfig requestConfig(YclientsSettings.Http http) {
        return RequestConfig.custom()
                .setConnectTimeout(Timeout.ofMilliseconds(http.connectTimeoutMs()))
                .setConnectionRequestTimeout(Timeout.ofMilliseconds(http.connectTimeoutMs()))
                .setResponseTimeout(Timeout.ofMilliseconds(http.readTimeoutMs()))
                .build();
    }

    private static Set<String> caseInsensitive(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(Set.of(names));
        return set;
    }
}
