package io.ytbridge.webhook;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the body-size limit in front of the webhook endpoint, the bare path and the path with a secret segment. */
@Configuration(proxyBeanMethods = false)
class WebhookHttpConfiguration {

    @Bean
    FilterRegistrationBean<WebhookBodyLimitFilter> webhookBodyLimitFilter(WebhookSettings settings) {
        FilterRegistrationBean<WebhookBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new WebhookBodyLimitFilter(settings.maxBodyBytes()));
        registration.addUrlPatterns(settings.path(), settings.path() + "/*");
        return registration;
    }
}
