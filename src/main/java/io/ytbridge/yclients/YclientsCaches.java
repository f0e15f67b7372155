package io.ytbridge.yclients;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two caches in front of the funnel, keyed by Yclients path and query (the same for every user). Routes reach
 * them as {@code caffeine-cache:yclientsCatalogCache} and {@code caffeine-cache:yclientsSlotCache}: the Camel
 * component uses a registered cache of that name, so the lifetimes are set here, once.
 */
@Configuration(proxyBeanMethods = false)
public class YclientsCaches {

    /** Services, categories, staff and the company (its time zone): {@code bridge.yclients.cache.catalog-ttl-seconds}. */
    @Bean
    Cache<String, JsonNode> yclientsCatalogCache(YclientsSettings settings) {
        return Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofSeconds(settings.cache().catalogTtlSeconds()))
                .maximumSize(10_000)
                .build();
    }

    /** Bookable dates, free times and nearest seances: {@code bridge.yclients.cache.slots-ttl-seconds}. */
    @Bean
    Cache<String, JsonNode> yclientsSlotCache(YclientsSettings settings) {
        return Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofSeconds(settings.cache().slotsTtlSeconds()))
                .maximumSize(10_000)
                .build();
    }
}
