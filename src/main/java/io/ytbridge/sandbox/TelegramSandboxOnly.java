package io.ytbridge.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** The bean exists only while Telegram runs as the sandbox (no TELEGRAM_BOT_TOKEN): its paths answer 404 otherwise. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
@ConditionalOnProperty(name = "bridge.telegram.sandbox", havingValue = "true")
public @interface TelegramSandboxOnly {
}
