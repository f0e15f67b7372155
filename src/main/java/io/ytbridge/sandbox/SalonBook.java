package io.ytbridge.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The salon's appointment book: free times, the checks Yclients makes before booking, and the changes to records.
 * Changes are serialized (one JVM, one sandbox), so two bookings of one slot cannot both succeed: the second
 * gets 422 with code 433, as from the real API.
 */
@Component
@YclientsSandboxOnly
class SalonBook {

    /** One appointment of book_check / book_record: {@code id} is the caller's, echoed in the answer. */
    record AppointmentRequest(long id, List<Long> services, long staffId, ZonedDateTime datetime) {
    }

    /** A validated appointment: the master chosen (also for "any master") and the length of its services. */
    record Placement(AppointmentRequest request, Salon.Staff staff, Duration length) {
    }

    record Contact(String fullname, String phone, String email, String comment, String apiId) {
    }

    record Booked(long appointmentId, long recordId, String hash) {
    }

    private static final Duration DEFAULT_LENGTH = Duration.ofHours(1);
    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    private final SalonStore store;
    private final SalonSchedule schedule;

    SalonBook(SalonStore store, SalonSchedule schedule) {
        this.store = store;
        this.schedule = schedule;
    }

    SalonSchedule schedule() {
        return schedule;
    }

    void requireCompany(long companyId) {
        if (!store.hasCompany(companyId)) {
            throw YclientsSandboxException.notFound();
        }
    }

    List<Salon.Category> categories(long companyId) {
        return store.categories(companyId);
    }

    Map<Long, Salon.Service> services(long companyId) {
        return store.services(companyId).stream().collect(Collectors.toMap(Salon.Service::id, Function.identity()));
    }

    Optional<Salon.Staff> staff(long companyId, long staffId) {
        return store.staff(companyId).stream().filter(staff -> staff.id() == staffId).findFirst();
    }

    List<Salon.Staff> staffFor(long companyId, List<Long> serviceIds) {
        return store.staff(companyId).stream().filter(staff -> staff.provides(serviceIds)).toList();
    }

    Duration length(long companyId, List<Long> serviceIds) {
        if (serviceIds.isEmpty()) {
            return DEFAULT_LENGTH;
        }
        Map<Long, Salon.Service> services = services(companyId);
        return Duration.ofSeconds(serviceIds.stream().map(services::get).filter(Objects::nonNull)
                .mapToInt(Salon.Service::durationSeconds).sum());
    }

    List<ZonedDateTime> freeStarts(long companyId, Salon.Staff staff, LocalDate date, Duration length, long ignoredRecordId) {
        Instant from = date.atStartOfDay(schedule.zone()).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(schedule.zone()).toInstant();
        return schedule.freeStarts(staff.hours(), date, length, store.busy(companyId, staff.id(), from, to, ignoredRecordId));
    }

    /** Free starts of any of these masters on one date, each time once, in order. */
    List<ZonedDateTime> freeStarts(long companyId, List<Salon.Staff> staff, LocalDate date, Duration length) {
        TreeSet<ZonedDateTime> starts = new TreeSet<>();
        for (Salon.Staff master : staff) {
            starts.addAll(freeStarts(companyId, master, date, length, 0));
        }
        return new ArrayList<>(starts);
    }

    /** Free starts of one master on every date of the booking horizon that has some, in date order. */
    SortedMap<LocalDate, List<ZonedDateTime>> freeStartsByDate(long companyId, Salon.Staff staff, Duration length) {
        Instant from = schedule.today().atStartOfDay(schedule.zone()).toInstant();
        Instant to = schedule.lastBookableDate().plusDays(1).atStartOfDay(schedule.zone()).toInstant();
        List<SalonSchedule.Busy> busy = store.busy(companyId, staff.id(), from, to, 0);
        SortedMap<LocalDate, List<ZonedDateTime>> byDate = new TreeMap<>();
        for (LocalDate date : schedule.horizon()) {
            List<ZonedDateTime> starts = schedule.freeStarts(staff.hours(), date, length, busy);
            if (!starts.isEmpty()) {
                byDate.put(date, starts);
            }
        }
        return byDate;
    }

    synchronized List<Placement> check(long companyId, List<AppointmentRequest> appointments) {
        if (appointments.isEmpty()) {
            throw YclientsSandboxException.booking(422, "No services or promotions set");
        }
        Map<Long, Salon.Service> services = services(companyId);
        List<Placement> placements = new ArrayList<>();
        for (AppointmentRequest appointment : appointments) {
            Placement placement = place(companyId, appointment, services);
            for (Placement earlier : placements) {
                boolean sameMaster = earlier.staff().id() == placement.staff().id();
                Instant start = appointment.datetime().toInstant();
                Instant earlierStart = earlier.request().datetime().toInstant();
                if (sameMaster && start.isBefore(earlierStart.plus(earlier.length()))
                        && earlierStart.isBefore(start.plus(placement.length()))) {
                    throw YclientsSandboxException.booking(437, "Team member " + placement.staff().name() + " ("
                            + placement.staff().id() + ") cannot be booked for " + human(appointment.datetime())
                            + ". Intersection with previous visit.");
                }
            }
            placements.add(placement);
        }
        return placements;
    }

    synchronized List<Booked> book(long companyId, Contact contact, List<AppointmentRequest> appointments) {
        String phone = normalizePhone(contact.phone()).orElseThrow(() ->
                YclientsSandboxException.booking(431, "Invalid phone number"));
        if (contact.fullname() == null || contact.fullname().isBlank()) {
            throw YclientsSandboxException.booking(435, "Client name not specified");
        }
        List<Salon.Client> known = store.clientsByPhone(companyId, phone);
        if (known.stream().anyMatch(Salon.Client::blacklisted)) {
            throw new YclientsSandboxException(HttpStatus.FORBIDDEN,
                    YclientsReplies.validationError(434, "The client is blacklisted"));
        }
        List<Placement> placements = check(companyId, appointments);
        Instant now = schedule.now();
        Salon.Client client = known.isEmpty()
                ? store.createClient(companyId, contact.fullname().trim(), phone, blankToNull(contact.email()), now)
                : known.get(0);
        List<Booked> booked = new ArrayList<>();
        for (Placement placement : placements) {
            String hash = RecordHash.next();
            long recordId = store.createAppointment(companyId, new Salon.Appointment(0, placement.staff().id(),
                    client.id(), placement.request().services(), placement.request().datetime().toInstant(),
                    (int) placement.length().toSeconds(), contact.comment() == null ? "" : contact.comment(), 0, false,
                    false, hash, true, placement.request().staffId() != 0,
                    contact.apiId() == null ? "" : contact.apiId(), now, now));
            booked.add(new Booked(placement.request().id(), recordId, hash));
        }
        return booked;
    }

    Salon.Appointment record(long companyId, long recordId) {
        return store.appointment(companyId, recordId).orElseThrow(YclientsSandboxException::notFound);
    }

    synchronized Salon.Appointment move(long companyId, long recordId, ZonedDateTime datetime, String comment) {
        Salon.Appointment record = record(companyId, recordId);
        if (record.deleted()) {
            throw YclientsSandboxException.notFound();
        }
        Salon.Staff staff = staff(companyId, record.staffId()).orElseThrow(YclientsSandboxException::notFound);
        Duration length = Duration.ofSeconds(record.lengthSeconds());
        boolean free = freeStarts(companyId, staff, datetime.withZoneSameInstant(schedule.zone()).toLocalDate(), length,
                record.id()).stream().anyMatch(start -> start.toInstant().equals(datetime.toInstant()));
        if (!free) {
            throw slotTaken(staff, datetime);
        }
        store.moveAppointment(companyId, recordId, datetime.toInstant(), comment, schedule.now());
        return record(companyId, recordId);
    }

    synchronized Salon.Appointment cancel(long companyId, long recordId) {
        Salon.Appointment record = record(companyId, recordId);
        if (!record.deleted()) {
            store.markDeleted(companyId, recordId, schedule.now());
        }
        return record(companyId, recordId);
    }

    synchronized Salon.Appointment confirm(long companyId, long recordId) {
        record(companyId, recordId);
        store.confirm(companyId, recordId, schedule.now());
        return record(companyId, recordId);
    }

    private Placement place(long companyId, AppointmentRequest appointment, Map<Long, Salon.Service> services) {
        if (appointment.services().isEmpty()) {
            throw YclientsSandboxException.booking(422, "No services or promotions set");
        }
        if (!services.keySet().containsAll(appointment.services())) {
            throw YclientsSandboxException.booking(438, "There is no appointment for the specified service/promotion");
        }
        if (appointment.datetime() == null) {
            throw YclientsSandboxException.booking(422, "Date and time of the appointment not set");
        }
        Duration length = length(companyId, appointment.services());
        LocalDate date = appointment.datetime().withZoneSameInstant(schedule.zone()).toLocalDate();
        if (appointment.staffId() == 0) {
            return staffFor(companyId, appointment.services()).stream()
                    .filter(staff -> startsFree(companyId, staff, appointment.datetime(), date, length))
                    .findFirst().map(staff -> new Placement(appointment, staff, length))
                    .orElseThrow(() -> YclientsSandboxException.booking(436, "No team members available for booking"));
        }
        Salon.Staff staff = staff(companyId, appointment.staffId()).orElseThrow(() ->
                YclientsSandboxException.booking(436, "No team members available for booking"));
        if (!staff.provides(appointment.services())) {
            throw YclientsSandboxException.booking(438, "There is no appointment for the specified service/promotion");
        }
        if (!startsFree(companyId, staff, appointment.datetime(), date, length)) {
            throw slotTaken(staff, appointment.datetime());
        }
        return new Placement(appointment, staff, length);
    }

    private boolean startsFree(long companyId, Salon.Staff staff, ZonedDateTime start, LocalDate date, Duration length) {
        return freeStarts(companyId, staff, date, length, 0).stream()
                .anyMatch(free -> free.toInstant().equals(start.toInstant()));
    }

    private YclientsSandboxException slotTaken(Salon.Staff staff, ZonedDateTime datetime) {
        return YclientsSandboxException.booking(433, "Team Member " + staff.name() + " (" + staff.id()
                + ") cannot be booked on " + human(datetime)
                + ". The selected time is already taken or is not working.");
    }

    private String human(ZonedDateTime datetime) {
        return HUMAN.format(datetime.withZoneSameInstant(schedule.zone()));
    }

    /** "+7 (916) 123-45-67", "89161234567", "79161234567" -> "+79161234567"; anything else that is not 10-15 digits: empty. */
    static Optional<String> normalizePhone(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        String digits = phone.replaceAll("[\\s()+\\-.]", "");
        if (!digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        if (digits.length() == 11 && digits.startsWith("8")) {
            digits = "7" + digits.substring(1);
        } else if (digits.length() == 10 && digits.startsWith("9")) {
            digits = "7" + digits;
        }
        return digits.length() >= 10 && digits.length() <= 15 ? Optional.of("+" + digits) : Optional.empty();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
