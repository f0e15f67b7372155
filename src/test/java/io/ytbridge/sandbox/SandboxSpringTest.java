package io.ytbridge.sandbox;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The application with both sandboxes on (no tokens), on a random port and its own in-memory H2. All sandbox test
 * classes share this one Spring context; they keep out of each other's way by using their own users and dates.
 * Webhooks of the salon-admin panel go to {@link WebhookCapture}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:sandbox-tests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "bridge.webhook.path=" + WebhookCapture.PATH,
        "bridge.sandbox.webhook-secret=" + WebhookCapture.SECRET,
        // These tests play the bot themselves (getUpdates): the bundle must not poll alongside them.
        "bridge.telegram.inbound-enabled=false"
})
@Import(WebhookCapture.class)
@interface SandboxSpringTest {
}
