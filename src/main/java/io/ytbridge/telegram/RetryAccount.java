package io.ytbridge.telegram;

import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * Gives a Bot API call its retries even on an exchange that failed before. When an error handler has dealt with a
 * failure that a doCatch then handled (a booking step that met "no salon login", a refused Yclients call...), Camel
 * keeps "failure handled" on the exchange, and every later error handler on it takes the next failure as handled
 * already (or its retries as used up): a 429 on the reply that follows would be final. Route telegram-send
 * clears both marks before it calls.
 * Bean {@code retryAccount}.
 */
@Component("retryAccount")
public class RetryAccount {

    public void open(Exchange exchange) {
        exchange.getExchangeExtension().setFailureHandled(false);
        exchange.getExchangeExtension().setRedeliveryExhausted(false);
    }
}
