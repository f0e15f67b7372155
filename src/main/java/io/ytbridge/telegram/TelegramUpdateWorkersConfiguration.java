package io.ytbridge.telegram;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.ThreadPoolProfileBuilder;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thread pool profile {@code telegramUpdateWorkers}: the threads that serve polled chats side by side (route
 * telegram-poll-updates). A Camel profile rather than an executor bean, which would switch off Spring Boot's own
 * task executor; Camel creates the pool and shuts it down with the route.
 */
@Configuration(proxyBeanMethods = false)
public class TelegramUpdateWorkersConfiguration {

    static final String PROFILE = "telegramUpdateWorkers";

    @Bean
    CamelContextConfiguration telegramUpdateWorkersProfile(@Value("${bridge.telegram.update-workers:8}") int workers) {
        return new CamelContextConfiguration() {
            @Override
            public void beforeApplicationStart(CamelContext camel) {
                camel.getExecutorServiceManager().registerThreadPoolProfile(new ThreadPoolProfileBuilder(PROFILE)
                        .poolSize(workers).maxPoolSize(workers).build());
            }

            @Override
            public void afterApplicationStart(CamelContext camel) {
                // nothing to do once started
            }
        };
    }
}
