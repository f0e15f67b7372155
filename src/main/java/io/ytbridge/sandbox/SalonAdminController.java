package io.ytbridge.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The salon-admin side of the chat page: today's and upcoming records of the demo salon, and Confirm / Cancel / Move
 * as an administrator would do them in Yclients — each change followed by the webhook Yclients would send.
 */
@RestController
@RequestMapping("/sandbox/yclients/_admin")
@YclientsSandboxOnly
class SalonAdminController {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SalonBook book;
    private final SalonStore store;
    private final SalonJson json;
    private final SandboxWebhookSender webhooks;

    SalonAdminController(SalonBook book, SalonStore store, SalonJson json, SandboxWebhookSender webhooks) {
        this.book = book;
        this.store = store;
        this.json = json;
        this.webhooks = webhooks;
    }

    /** Records from the start of today (salon time) for {@code days} days, cancelled ones included. */
    @GetMapping("/records")
    ObjectNode records(@RequestParam(defaultValue = "7") int days) {
        long company = DemoSalon.COMPANY_ID;
        Instant from = book.schedule().today().atStartOfDay(book.schedule().zone()).toInstant();
        Instant to = book.schedule().today().plusDays(Math.max(1, Math.min(days, 60)))
                .atStartOfDay(book.schedule().zone()).toInstant();
        List<Salon.Appointment> records = store.appointments(company,
                new SalonStore.RecordQuery(null, null, from, to, null, null, true, 1, 1000)).records();
        ObjectNode answer = json.object();
        answer.put("company_id", company);
        answer.put("timezone_name", book.schedule().zone().getId());
        answer.put("today", book.schedule().today().toString());
        answer.put("webhook_url", webhooks.url());
        ArrayNode list = answer.putArray("records");
        records.forEach(record -> list.add(view(company, record)));
        return answer;
    }

    @PostMapping("/records/{recordId}/confirm")
    ObjectNode confirm(@PathVariable long recordId) {
        Salon.Appointment record = book.confirm(DemoSalon.COMPANY_ID, recordId);
        return changed(record, "update");
    }

    @PostMapping("/records/{recordId}/cancel")
    ObjectNode cancel(@PathVariable long recordId) {
        Salon.Appointment record = book.cancel(DemoSalon.COMPANY_ID, recordId);
        return changed(record, "delete");
    }

    /** Moves to {@code datetime} when given, otherwise to the master's next free time after the current one. */
    @PostMapping("/records/{recordId}/move")
    ResponseEntity<JsonNode> move(@PathVariable long recordId, @RequestBody(required = false) JsonNode body) {
        long company = DemoSalon.COMPANY_ID;
        Salon.Appointment record = book.record(company, recordId);
        ZonedDateTime target = SalonTime.parse(YclientsSandboxRequests.text(body, "datetime"), book.schedule().zone())
                .orElseGet(() -> nextFreeStart(company, record));
        if (target == null) {
            return YclientsReplies.json(HttpStatus.UNPROCESSABLE_ENTITY,
                    YclientsReplies.error("The master has no free time to move this record to"));
        }
        return ResponseEntity.ok(changed(book.move(company, recordId, target, null), "update"));
    }

    private ZonedDateTime nextFreeStart(long company, Salon.Appointment record) {
        Salon.Staff staff = book.staff(company, record.staffId()).orElseThrow(YclientsSandboxException::notFound);
        return book.freeStartsByDate(company, staff, Duration.ofSeconds(record.lengthSeconds())).values().stream()
                .flatMap(List::stream).filter(start -> start.toInstant().isAfter(record.startsAt()))
                .findFirst().orElse(null);
    }

    private ObjectNode changed(Salon.Appointment record, String status) {
        ObjectNode data = json.record(DemoSalon.COMPANY_ID, record);
        SandboxWebhookSender.Delivery delivery = webhooks.sendRecordEvent(DemoSalon.COMPANY_ID, record.id(), status, data);
        ObjectNode answer = json.object();
        answer.set("record", view(DemoSalon.COMPANY_ID, record));
        ObjectNode webhook = answer.putObject("webhook");
        webhook.put("url", delivery.url());
        webhook.put("event", status);
        webhook.put("http_status", delivery.status());
        if (delivery.error() != null) {
            webhook.put("error", delivery.error());
        }
        return answer;
    }

    private ObjectNode view(long company, Salon.Appointment record) {
        ObjectNode node = json.record(company, record);
        node.put("local_time", LOCAL.format(record.startsAt().atZone(book.schedule().zone())));
        return node;
    }
}
