package io.ytbridge.sandbox;

import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ytbridge.config.BridgeEndpoints;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Yclients sandbox's shared pieces: the salon's clock and time zone, the fault plan and the gate in front. */
@Configuration(proxyBeanMethods = false)
@YclientsSandboxOnly
class YclientsSandboxConfiguration {

    @Bean
    SalonSchedule salonSchedule(@Value("${bridge.sandbox.yclients.timezone:Europe/Moscow}") String timezone) {
        return new SalonSchedule(ZoneId.of(timezone), Clock.systemUTC());
    }

    @Bean
    SandboxFaults yclientsSandboxFaults() {
        return new SandboxFaults();
    }

    @Bean
    FilterRegistrationBean<YclientsSandboxGate> yclientsSandboxGate(SandboxFaults yclientsSandboxFaults,
            ObjectMapper mapper) {
        FilterRegistrationBean<YclientsSandboxGate> registration = new FilterRegistrationBean<>(
                new YclientsSandboxGate(yclientsSandboxFaults, mapper));
        registration.addUrlPatterns(BridgeEndpoints.YCLIENTS_SANDBOX_PATH + "/*");
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
        registration.setAsyncSupported(true);
        return registration;
    }
}
