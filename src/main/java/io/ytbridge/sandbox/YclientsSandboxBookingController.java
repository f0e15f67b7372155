package io.ytbridge.sandbox;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ytbridge.config.BridgeEndpoints;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The Yclients sandbox's online-booking operations (partner token only), as in the contract sheet. */
@RestController
@RequestMapping(BridgeEndpoints.YCLIENTS_SANDBOX_PATH)
@YclientsSandboxOnly
class YclientsSandboxBookingController {

    private final SalonBook book;
    private final SalonJson json;

    YclientsSandboxBookingController(SalonBook book, SalonJson json) {
        this.book = book;
        this.json = json;
    }

    @GetMapping("/book_services/{companyId}")
    ResponseEntity<JsonNode> services(@PathVariable String companyId,
            @RequestParam(name = "staff_id", required = false) String staffId, HttpServletRequest request) {
        long company = company(companyId);
        Long staffFilter = YclientsSandboxRequests.optionalNumber(staffId, "staff_id");
        Salon.Staff staff = staffFilter == null || staffFilter == 0 ? null : knownStaff(company, staffFilter);
        List<Long> selected = YclientsSandboxRequests.serviceIds(request);
        ObjectNode data = json.object();
        data.set("events", json.array());
        ArrayNode services = data.putArray("services");
        book.services(company).values().stream()
                .sorted((a, b) -> Integer.compare(b.weight(), a.weight()))
                .filter(service -> staff == null || staff.serviceIds().contains(service.id()))
                .filter(service -> !selected.contains(service.id()))
                .forEach(service -> services.add(json.bookableService(service, staff != null)));
        ArrayNode categories = data.putArray("category");
        book.categories(company).forEach(category -> categories.add(json.category(category)));
        return YclientsReplies.ok(data);
    }

    @GetMapping("/book_staff/{companyId}")
    ResponseEntity<JsonNode> staff(@PathVariable String companyId,
            @RequestParam(name = "datetime", required = false) String datetime, HttpServletRequest request) {
        long company = company(companyId);
        List<Long> services = YclientsSandboxRequests.serviceIds(request);
        Duration length = book.length(company, services);
        ZonedDateTime at = SalonTime.parse(datetime, book.schedule().zone()).orElse(null);
        ArrayNode data = json.array();
        for (Salon.Staff staff : book.staffFor(company, services)) {
            SortedMap<LocalDate, List<ZonedDateTime>> free = book.freeStartsByDate(company, staff, length);
            if (at != null && free.getOrDefault(at.toLocalDate(), List.of()).stream()
                    .noneMatch(start -> start.toInstant().equals(at.toInstant()))) {
                continue;
            }
            ObjectNode node = json.staff(staff);
            node.put("bookable", !free.isEmpty());
            if (!free.isEmpty()) {
                node.put("seance_date", free.firstKey().toString());
            }
            node.set("seances", json.array());
            data.add(node);
        }
        return YclientsReplies.ok(data);
    }

    @GetMapping("/book_staff_seances/{companyId}/{staffId}")
    ResponseEntity<JsonNode> nearestSeances(@PathVariable String companyId, @PathVariable String staffId,
            @RequestParam(name = "datetime", required = false) String datetime, HttpServletRequest request) {
        long company = company(companyId);
        List<Long> services = YclientsSandboxRequests.serviceIds(request);
        List<Salon.Staff> staff = staffOrAny(company, YclientsSandboxRequests.id(staffId), services);
        Duration length = book.length(company, services);
        LocalDate from = SalonTime.parse(datetime, book.schedule().zone()).map(ZonedDateTime::toLocalDate)
                .orElse(book.schedule().today());
        ObjectNode data = json.object();
        ArrayNode seances = json.array();
        book.schedule().horizon().stream().filter(date -> !date.isBefore(from))
                .map(date -> Map.entry(date, book.freeStarts(company, staff, date, length)))
                .filter(entry -> !entry.getValue().isEmpty()).findFirst()
                .ifPresentOrElse(entry -> {
                    data.put("seance_date", entry.getKey().toString());
                    entry.getValue().forEach(start -> seances.add(json.slot(start, (int) length.toSeconds())));
                }, () -> data.putNull("seance_date"));
        data.set("seances", seances);
        return YclientsReplies.ok(data);
    }

    @GetMapping("/book_dates/{companyId}")
    ResponseEntity<JsonNode> dates(@PathVariable String companyId,
            @RequestParam(name = "staff_id", required = false) String staffId,
            @RequestParam(name = "date", required = false) String month,
            @RequestParam(name = "date_from", required = false) String dateFrom,
            @RequestParam(name = "date_to", required = false) String dateTo, HttpServletRequest request) {
        long company = company(companyId);
        List<Long> services = YclientsSandboxRequests.serviceIds(request);
        Long staffFilter = YclientsSandboxRequests.optionalNumber(staffId, "staff_id");
        List<Salon.Staff> staff = staffOrAny(company, staffFilter == null ? 0 : staffFilter, services);
        Duration length = book.length(company, services);
        LocalDate wantedFrom = book.schedule().today();
        LocalDate wantedTo = book.schedule().lastBookableDate();
        if (dateFrom != null && dateTo != null) {
            wantedFrom = YclientsSandboxRequests.date(dateFrom, "date_from");
            wantedTo = YclientsSandboxRequests.date(dateTo, "date_to");
        } else if (month != null) {
            wantedFrom = YclientsSandboxRequests.date(month, "date").withDayOfMonth(1);
            wantedTo = wantedFrom.plusMonths(1).minusDays(1);
        }
        LocalDate first = max(book.schedule().today(), wantedFrom);
        LocalDate last = min(book.schedule().lastBookableDate(), wantedTo);
        TreeSet<LocalDate> working = new TreeSet<>();
        TreeSet<LocalDate> bookable = new TreeSet<>();
        for (Salon.Staff master : staff) {
            for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
                if (master.hours().worksOn(date)) {
                    working.add(date);
                }
            }
            book.freeStartsByDate(company, master, length).keySet().stream()
                    .filter(date -> !date.isBefore(first) && !date.isAfter(last)).forEach(bookable::add);
        }
        ObjectNode data = json.object();
        data.set("booking_days", byMonth(bookable));
        ArrayNode bookingDates = data.putArray("booking_dates");
        bookable.forEach(date -> bookingDates.add(date.toString()));
        data.set("working_days", byMonth(working));
        ArrayNode workingDates = data.putArray("working_dates");
        working.forEach(date -> workingDates.add(date.toString()));
        return YclientsReplies.ok(data);
    }

    @GetMapping("/book_times/{companyId}/{staffId}/{date}")
    ResponseEntity<JsonNode> times(@PathVariable String companyId, @PathVariable String staffId,
            @PathVariable String date, HttpServletRequest request) {
        long company = company(companyId);
        List<Long> services = YclientsSandboxRequests.serviceIds(request);
        List<Salon.Staff> staff = staffOrAny(company, YclientsSandboxRequests.id(staffId), services);
        Duration length = book.length(company, services);
        ArrayNode data = json.array();
        book.freeStarts(company, staff, YclientsSandboxRequests.date(date, "date"), length)
                .forEach(start -> data.add(json.slot(start, (int) length.toSeconds())));
        return YclientsReplies.ok(data);
    }

    @PostMapping("/book_check/{companyId}")
    ResponseEntity<JsonNode> check(@PathVariable String companyId, @RequestBody(required = false) JsonNode body) {
        long company = company(companyId);
        book.check(company, YclientsSandboxRequests.appointments(body, book.schedule().zone()));
        ObjectNode meta = json.object();
        meta.put("message", "Created");
        return YclientsReplies.reply(HttpStatus.CREATED, null, meta);
    }

    @PostMapping("/book_record/{companyId}")
    ResponseEntity<JsonNode> bookRecord(@PathVariable String companyId, @RequestBody(required = false) JsonNode body) {
        long company = company(companyId);
        SalonBook.Contact contact = new SalonBook.Contact(YclientsSandboxRequests.text(body, "fullname"),
                YclientsSandboxRequests.text(body, "phone"), YclientsSandboxRequests.text(body, "email"),
                YclientsSandboxRequests.text(body, "comment"), YclientsSandboxRequests.text(body, "api_id"));
        List<SalonBook.Booked> booked = book.book(company, contact,
                YclientsSandboxRequests.appointments(body, book.schedule().zone()));
        ArrayNode data = json.array();
        for (SalonBook.Booked record : booked) {
            ObjectNode node = data.addObject();
            node.put("id", record.appointmentId());
            node.put("record_id", record.recordId());
            node.put("record_hash", record.hash());
        }
        return YclientsReplies.created(data);
    }

    @GetMapping("/book_record/{companyId}/{recordId}/{hash}")
    ResponseEntity<JsonNode> onlineRecord(@PathVariable String companyId, @PathVariable String recordId,
            @PathVariable String hash) {
        long company = company(companyId);
        Salon.Appointment record = book.record(company, YclientsSandboxRequests.id(recordId));
        if (!record.hash().equals(hash)) {
            throw YclientsSandboxException.notFound();
        }
        return YclientsReplies.ok(json.onlineRecord(company, record, knownStaff(company, record.staffId()),
                book.services(company)));
    }

    @PutMapping("/book_record/{companyId}/{recordId}")
    ResponseEntity<JsonNode> reschedule(@PathVariable String companyId, @PathVariable String recordId,
            @RequestBody(required = false) JsonNode body) {
        long company = company(companyId);
        ZonedDateTime datetime = SalonTime.parse(YclientsSandboxRequests.text(body, "datetime"), book.schedule().zone())
                .orElseThrow(() -> YclientsSandboxException.booking(422, "Date and time of the appointment not set"));
        Salon.Appointment moved = book.move(company, YclientsSandboxRequests.id(recordId), datetime,
                YclientsSandboxRequests.text(body, "comment"));
        return YclientsReplies.ok(json.onlineRecord(company, moved, knownStaff(company, moved.staffId()),
                book.services(company)));
    }

    @DeleteMapping("/user/records/{recordId}/{hash}")
    ResponseEntity<JsonNode> cancelByClient(@PathVariable String recordId, @PathVariable String hash) {
        Salon.Appointment record = book.record(DemoSalon.COMPANY_ID, YclientsSandboxRequests.id(recordId));
        if (!record.hash().equals(hash) || record.deleted()) {
            throw YclientsSandboxException.notFound();
        }
        book.cancel(DemoSalon.COMPANY_ID, record.id());
        return YclientsReplies.ok(null);
    }

    private long company(String companyId) {
        long company = YclientsSandboxRequests.id(companyId);
        book.requireCompany(company);
        return company;
    }

    private Salon.Staff knownStaff(long company, long staffId) {
        return book.staff(company, staffId).orElseThrow(YclientsSandboxException::notFound);
    }

    /** {@code staffId} 0 means "any master" who provides all the services. */
    private List<Salon.Staff> staffOrAny(long company, long staffId, List<Long> services) {
        return staffId == 0 ? book.staffFor(company, services) : List.of(knownStaff(company, staffId));
    }

    /** {"5": [12, 13], "6": [1]}; like the real API (PHP underneath), an empty map comes out as []. */
    private JsonNode byMonth(TreeSet<LocalDate> dates) {
        if (dates.isEmpty()) {
            return json.array();
        }
        TreeMap<Integer, ArrayNode> months = new TreeMap<>();
        ObjectNode node = json.object();
        for (LocalDate date : dates) {
            months.computeIfAbsent(date.getMonthValue(), month -> node.putArray(Integer.toString(month)))
                    .add(date.getDayOfMonth());
        }
        return node;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
