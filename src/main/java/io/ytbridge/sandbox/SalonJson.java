package io.ytbridge.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;

/**
 * Shapes the demo salon the way Yclients answers, quirks included: {@code date} and {@code datetime} in two formats,
 * change dates with an offset without colon ({@code +0300}), service costs in records as strings ("2500.00"),
 * {@code position: []} for a master without a position.
 */
@Component
@YclientsSandboxOnly
class SalonJson {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter ISO_NO_COLON = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ObjectMapper mapper;
    private final SalonSchedule schedule;
    private final SalonStore store;

    SalonJson(ObjectMapper mapper, SalonSchedule schedule, SalonStore store) {
        this.mapper = mapper;
        this.schedule = schedule;
        this.store = store;
    }

    ObjectNode object() {
        return mapper.createObjectNode();
    }

    ArrayNode array() {
        return mapper.createArrayNode();
    }

    String iso(Instant instant) {
        return ISO.format(instant.atZone(schedule.zone()));
    }

    String isoWithoutColon(Instant instant) {
        return ISO_NO_COLON.format(instant.atZone(schedule.zone()));
    }

    ObjectNode company(long companyId) {
        ObjectNode company = object();
        company.put("id", companyId);
        company.put("title", DemoSalon.title(companyId));
        company.put("public_title", DemoSalon.title(companyId));
        company.put("short_descr", "Салон красоты");
        company.put("country_id", 1);
        company.put("country", "Россия");
        company.put("city_id", 2);
        company.put("city", "Москва");
        company.put("active", 1);
        company.put("phone", "+74950000000");
        company.set("phones", array());
        company.put("email", "hello@sandbox.salon");
        company.put("timezone", schedule.zone().getRules().getOffset(schedule.now()).getTotalSeconds() / 3600);
        company.put("timezone_name", schedule.zone().getId());
        company.put("schedule", "Пн-Вс 09:00-21:00");
        company.put("address", DemoSalon.address(companyId));
        company.put("coordinate_lat", 55.757);
        company.put("coordinate_lon", 37.615);
        company.put("phone_confirmation", false);
        company.put("active_staff_count", 4);
        company.put("currency_short_title", "₽");
        company.put("allow_delete_record", true);
        company.put("allow_change_record", true);
        company.put("site", "");
        company.put("main_group_id", DemoSalon.CHAIN_ID);
        ObjectNode group = company.putObject("main_group");
        group.put("id", DemoSalon.CHAIN_ID);
        group.put("title", "Demo Beauty");
        return company;
    }

    ObjectNode category(Salon.Category category) {
        ObjectNode node = object();
        node.put("id", category.id());
        node.put("title", category.title());
        node.put("gender", 0);
        node.put("api_id", 0);
        node.put("weight", category.weight());
        return node;
    }

    /** {@code withLength}: the real API gives {@code seance_length} only when filtered by a master. */
    ObjectNode bookableService(Salon.Service service, boolean withLength) {
        ObjectNode node = object();
        node.put("id", service.id());
        node.put("title", service.title());
        node.put("category_id", service.categoryId());
        node.put("price_min", service.priceMin().intValue());
        node.put("price_max", service.priceMax().intValue());
        node.put("discount", service.discount());
        node.put("comment", "");
        node.put("weight", service.weight());
        node.put("active", 1);
        node.put("gender", 0);
        node.put("image", "");
        node.put("prepaid", service.prepaid());
        if (withLength) {
            node.put("seance_length", service.durationSeconds());
        }
        return node;
    }

    ObjectNode staff(Salon.Staff staff) {
        ObjectNode node = object();
        node.put("id", staff.id());
        node.put("name", staff.name());
        node.put("specialization", staff.specialization());
        if (staff.positionTitle() == null) {
            node.set("position", array());
        } else {
            ObjectNode position = node.putObject("position");
            position.put("id", staff.id() * 10);
            position.put("title", staff.positionTitle());
        }
        node.put("show_rating", 1);
        node.put("rating", staff.rating());
        node.put("votes_count", 12);
        node.put("comments_count", 3);
        node.put("avatar", "https://assets.yclients.com/masters/no-master.png");
        node.put("weight", staff.weight());
        node.put("information", "<span></span>");
        return node;
    }

    ObjectNode slot(ZonedDateTime start, int lengthSeconds) {
        ObjectNode node = object();
        node.put("time", TIME.format(start));
        node.put("seance_length", lengthSeconds);
        node.put("sum_length", lengthSeconds);
        node.put("datetime", ISO.format(start));
        return node;
    }

    /** A record as GET /record/{company_id}/{record_id} shows it (and as webhooks carry it). */
    ObjectNode record(long companyId, Salon.Appointment record) {
        Map<Long, Salon.Service> services = store.services(companyId).stream()
                .collect(Collectors.toMap(Salon.Service::id, service -> service));
        Salon.Staff staff = store.staff(companyId).stream().filter(master -> master.id() == record.staffId())
                .findFirst().orElseThrow();
        return record(companyId, record, staff, store.client(companyId, record.clientId()).orElseThrow(), services);
    }

    private ObjectNode record(long companyId, Salon.Appointment record, Salon.Staff staff, Salon.Client client, Map<Long, Salon.Service> services) {
        ObjectNode node = object();
        node.put("id", record.id());
        node.put("company_id", companyId);
        node.put("staff_id", record.staffId());
        ArrayNode serviceNodes = node.putArray("services");
        boolean prepaidRequired = false;
        for (Long serviceId : record.serviceIds()) {
            Salon.Service service = services.get(serviceId);
            if (service == null) {
                continue;
            }
            prepaidRequired |= "required".equals(service.prepaid());
            String cost = discounted(service).toPlainString();
            ObjectNode serviceNode = serviceNodes.addObject();
            serviceNode.put("id", service.id());
            serviceNode.put("title", service.title());
            serviceNode.put("cost", cost);
            serviceNode.put("manual_cost", cost);
            serviceNode.put("cost_per_unit", cost);
            serviceNode.put("discount", service.discount());
            serviceNode.put("first_cost", service.priceMin().setScale(2, RoundingMode.HALF_UP).toPlainString());
            serviceNode.put("amount", 1);
        }
        node.set("goods_transactions", array());
        ObjectNode staffNode = staff(staff);
        staffNode.put("avatar_big", "https://assets.yclients.com/masters/no-master-big.png");
        node.set("staff", staffNode);
        ObjectNode clientNode = node.putObject("client");
        clientNode.put("id", client.id());
        clientNode.put("name", client.name());
        clientNode.put("surname", "");
        clientNode.put("display_name", client.name());
        clientNode.put("phone", client.phone());
        clientNode.put("card", "");
        clientNode.put("email", client.email() == null ? "" : client.email());
        clientNode.put("success_visits_count", 0);
        clientNode.put("fail_visits_count", 0);
        node.put("clients_count", 1);
        node.put("date", LOCAL.format(record.startsAt().atZone(schedule.zone())));
        node.put("datetime", iso(record.startsAt()));
        node.put("create_date", isoWithoutColon(record.createdAt()));
        node.put("comment", record.comment());
        node.put("online", record.online());
        node.put("visit_attendance", record.attendance());
        node.put("attendance", record.attendance());
        node.put("confirmed", record.confirmed() ? 1 : 0);
        node.put("seance_length", record.lengthSeconds());
        node.put("length", record.lengthSeconds());
        node.put("sms_before", 0);
        node.put("sms_now", 0);
        node.put("email_now", 0);
        node.put("notified", 0);
        node.put("master_request", record.masterRequested() ? 1 : 0);
        node.put("api_id", record.apiId());
        node.put("from_url", "");
        node.put("review_requested", 0);
        node.put("visit_id", record.id() + 7_000_000);
        node.put("created_user_id", 0);
        node.put("deleted", record.deleted());
        node.put("paid_full", 0);
        node.put("prepaid", prepaidRequired);
        node.put("prepaid_confirmed", false);
        node.put("last_change_date", isoWithoutColon(record.changedAt()));
        node.put("custom_color", "");
        node.put("custom_font_color", "");
        node.set("record_labels", array());
        node.put("activity_id", 0);
        node.set("custom_fields", array());
        node.set("documents", array());
        node.put("sms_remain_hours", 0);
        node.put("email_remain_hours", 0);
        node.put("bookform_id", 0);
        node.put("record_from", "");
        node.put("is_mobile", 0);
        return node;
    }

    /** A record as the client-facing GET /book_record/{company_id}/{record_id}/{hash} shows it. */
    ObjectNode onlineRecord(long companyId, Salon.Appointment record, Salon.Staff staff, Map<Long, Salon.Service> services) {
        ObjectNode node = object();
        node.put("id", record.id());
        ArrayNode serviceNodes = node.putArray("services");
        record.serviceIds().stream().map(services::get).filter(Objects::nonNull).forEach(service -> {
            ObjectNode serviceNode = serviceNodes.addObject();
            serviceNode.put("id", service.id());
            serviceNode.put("title", service.title());
            serviceNode.put("amount", 1);
            serviceNode.put("seance_length", service.durationSeconds());
            serviceNode.put("cost", discounted(service));
            serviceNode.put("price_min", service.priceMin().intValue());
            serviceNode.put("price_max", service.priceMax().intValue());
            serviceNode.put("discount", service.discount());
        });
        node.set("company", company(companyId));
        node.set("staff", staff(staff));
        node.put("clients_count", 1);
        node.put("date", iso(record.startsAt()));
        node.put("datetime", iso(record.startsAt()));
        node.put("create_date", isoWithoutColon(record.createdAt()));
        node.put("comment", record.comment());
        node.put("deleted", record.deleted());
        node.put("attendance", record.attendance());
        node.put("length", record.lengthSeconds());
        node.put("notify_by_sms", 0);
        node.put("notify_by_email", 0);
        node.put("master_requested", record.masterRequested());
        node.put("online", record.online());
        node.put("api_id", record.apiId());
        node.put("last_change_date", isoWithoutColon(record.changedAt()));
        node.put("prepaid", false);
        node.put("prepaid_confirmed", false);
        node.put("activity_id", 0);
        return node;
    }

    ObjectNode client(Salon.Client client, List<String> fields) {
        ObjectNode full = object();
        full.put("id", client.id());
        full.put("name", client.name());
        full.put("phone", client.phone());
        full.put("email", client.email() == null ? "" : client.email());
        full.put("discount", 0);
        full.put("importance_id", 0);
        full.put("visits_count", 0);
        full.put("sold_amount", 0);
        full.put("last_change_date", isoWithoutColon(client.changedAt()));
        if (fields == null || fields.isEmpty()) {
            fields = List.of("id", "name");
        }
        ObjectNode chosen = object();
        for (String field : fields) {
            if (full.has(field)) {
                chosen.set(field, full.get(field));
            }
        }
        // Seen in real answers: ids of found clients as strings.
        if (chosen.has("id")) {
            chosen.put("id", Long.toString(client.id()));
        }
        return chosen;
    }

    ObjectNode loyaltyProgram(Salon.LoyaltyProgram program) {
        ObjectNode node = object();
        node.put("id", program.id());
        node.put("title", program.title());
        node.put("type", program.type());
        node.put("loyalty_type_id", program.loyaltyTypeId());
        node.put("item_type_id", 4);
        node.put("value_unit_id", 1);
        node.put("value_unit", "percent");
        node.put("value", program.percent());
        node.put("group_id", program.groupId());
        node.put("usage_limit", 0);
        node.put("expiration_timeout", 0);
        node.put("expiration_timeout_unit", "day");
        node.put("params_source_type", "loyalty_card");
        return node;
    }

    ObjectNode loyaltyCard(Salon.LoyaltyCard card, Salon.LoyaltyProgram program) {
        ObjectNode node = object();
        node.put("id", card.id());
        node.put("balance", card.balance());
        node.put("points", card.points());
        node.put("paid_amount", card.paidAmount());
        node.put("sold_amount", card.soldAmount());
        node.put("visits_count", card.visitsCount());
        node.put("number", card.number());
        node.put("type_id", card.typeId());
        node.put("salon_group_id", card.groupId());
        ObjectNode type = node.putObject("type");
        type.put("id", card.typeId());
        type.put("title", card.typeTitle());
        type.put("salon_group_id", card.groupId());
        ObjectNode group = node.putObject("salon_group");
        group.put("id", card.groupId());
        group.put("title", "Demo Beauty");
        ArrayNode programs = node.putArray("programs");
        if (program != null) {
            programs.add(loyaltyProgram(program));
        }
        return node;
    }

    static BigDecimal discounted(Salon.Service service) {
        return service.priceMin().multiply(BigDecimal.valueOf(100 - service.discount()))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }
}
