package io.ytbridge.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The analytics file for BI tools: one JSON line per booking status change, appended to
 * {@code bridge.analytics.jsonl-file} (off when empty). A line is the booking as the JSONL export shows it
 * (phone masked) after {@code event} and {@code recorded_at}.
 */
@Component("analyticsJsonlSink")
public class AnalyticsJsonlSink {

    private final BookingExport bookings;
    private final ObjectMapper json;
    private final Path file;

    public AnalyticsJsonlSink(BookingExport bookings, ObjectMapper json,
            @Value("${bridge.analytics.jsonl-file:}") String file) {
        this.bookings = bookings;
        this.json = json;
        this.file = file.isBlank() ? null : Path.of(file.trim());
    }

    public boolean enabled() {
        return file != null;
    }

    /** Appends the booking's current state; a booking that does not exist appends nothing. */
    public synchronized void append(long bookingId) throws IOException {
        if (file == null) {
            return;
        }
        var booking = bookings.find(bookingId);
        if (booking.isEmpty()) {
            return;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("event", "booking_status");
        line.put("recorded_at", OffsetDateTime.now(ZoneOffset.UTC).toString());
        line.putAll(bookings.toJson(booking.get(), false));
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, json.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }
}
