package io.ytbridge.ops;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import org.springframework.boot.logging.logback.StructuredLogEncoder;

/**
 * The console encoder (see logback-spring.xml): Spring Boot's pattern layout ({@code LOG_FORMAT=plain}) or its
 * structured JSON ({@code json} = Elastic Common Schema, or {@code logstash}), and whatever either produces —
 * message, MDC, stack trace — passes through {@link SensitiveText#redact} before it is written.
 * Masking the finished line rather than each field means no part of a log event can slip past it.
 */
public class RedactingLogEncoder extends EncoderBase<ILoggingEvent> {

    private String format = "plain";
    private String pattern;
    private Charset charset = StandardCharsets.UTF_8;
    private Encoder<ILoggingEvent> delegate;

    public void setFormat(String format) {
        this.format = format;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public void setCharset(Charset charset) {
        this.charset = charset;
    }

    @Override
    public void start() {
        String chosen = format == null ? "plain" : format.trim().toLowerCase(Locale.ROOT);
        delegate = switch (chosen) {
            case "json", "ecs" -> structured("ecs");
            case "logstash" -> structured("logstash");
            default -> plain();
        };
        super.start();
    }

    private Encoder<ILoggingEvent> plain() {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(getContext());
        encoder.setPattern(pattern);
        encoder.setCharset(charset);
        encoder.start();
        return encoder;
    }

    private Encoder<ILoggingEvent> structured(String structuredFormat) {
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(getContext());
        encoder.setFormat(structuredFormat);
        encoder.setCharset(charset);
        encoder.start();
        return encoder;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        byte[] encoded = delegate.encode(event);
        String line = new String(encoded, charset);
        String redacted = SensitiveText.redact(line);
        return redacted.equals(line) ? encoded : redacted.getBytes(charset);
    }

    @Override
    public byte[] headerBytes() {
        return delegate.headerBytes();
    }

    @Override
    public byte[] footerBytes() {
        return delegate.footerBytes();
    }

    @Override
    public void stop() {
        delegate.stop();
        super.stop();
    }
}
