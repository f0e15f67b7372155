package io.ytbridge.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ytbridge.config.BridgeEndpoints;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Yclients sandbox's company-data operations: the user token ({@code POST /auth}), the company, clients,
 * records, loyalty and webhook settings. All but /auth and the company need {@code Bearer <partner>, User <user>}.
 */
@RestController
@RequestMapping(BridgeEndpoints.YCLIENTS_SANDBOX_PATH)
@YclientsSandboxOnly
class YclientsSandboxCompanyController {

    private static final int MAX_HOOK_URLS = 10;
    private static final List<String> HOOK_FLAGS = List.of("salon", "service_category", "service", "good", "master",
            "client", "record", "goods_operations_sale", "goods_operations_receipt", "goods_operations_consumable",
            "goods_operations_stolen", "goods_operations_move", "finances_operation", "self_sending");

    private final SalonBook book;
    private final SalonStore store;
    private final SalonJson json;
    private final ObjectMapper mapper;

    YclientsSandboxCompanyController(SalonBook book, SalonStore store, SalonJson json, ObjectMapper mapper) {
        this.book = book;
        this.store = store;
        this.json = json;
        this.mapper = mapper;
    }

    @PostMapping("/auth")
    ResponseEntity<JsonNode> auth(@RequestBody(required = false) JsonNode body) {
        String login = YclientsSandboxRequests.text(body, "login");
        String password = YclientsSandboxRequests.text(body, "password");
        if (login == null || password == null || !same(login, BridgeEndpoints.SANDBOX_YCLIENTS_LOGIN)
                || !same(password, BridgeEndpoints.SANDBOX_YCLIENTS_PASSWORD)) {
            throw new YclientsSandboxException(HttpStatus.UNAUTHORIZED, YclientsReplies.error("Incorrect login or password"));
        }
        ObjectNode data = json.object();
        data.put("id", 900001);
        data.put("user_token", BridgeEndpoints.SANDBOX_YCLIENTS_USER_TOKEN);
        data.put("name", "Администратор салона");
        data.put("phone", "+74950000000");
        data.put("login", BridgeEndpoints.SANDBOX_YCLIENTS_LOGIN);
        data.put("email", BridgeEndpoints.SANDBOX_YCLIENTS_LOGIN);
        data.put("avatar", "");
        data.put("is_approved", true);
        data.put("is_email_confirmed", true);
        return YclientsReplies.created(data);
    }

    @GetMapping("/company/{companyId}")
    ResponseEntity<JsonNode> getCompany(@PathVariable String companyId) {
        long company = YclientsSandboxRequests.id(companyId);
        if (!store.hasCompany(company)) {
            // This path answers in the older error form.
            throw new YclientsSandboxException(HttpStatus.NOT_FOUND, YclientsReplies.legacyError(404, "Not found"));
        }
        return YclientsReplies.ok(json.company(company));
    }

    @PostMapping("/company/{companyId}/clients/search")
    ResponseEntity<JsonNode> searchClients(@PathVariable String companyId, @RequestBody(required = false) JsonNode body) {
        long company = company(companyId);
        int page = (int) Math.max(1, YclientsSandboxRequests.number(body == null ? null : body.get("page"), "page"));
        long pageSize = YclientsSandboxRequests.number(body == null ? null : body.get("page_size"), "page_size");
        if (pageSize > 200) {
            throw new YclientsSandboxException(HttpStatus.BAD_REQUEST,
                    YclientsReplies.error("page_size must not be greater than 200"));
        }
        int size = pageSize <= 0 ? 25 : (int) pageSize;
        List<String> fields = new ArrayList<>();
        if (body != null && body.get("fields") != null) {
            body.get("fields").forEach(field -> fields.add(field.asText()));
        }
        String quickSearch = quickSearch(body);
        List<Salon.Client> found = store.clients(company).stream()
                .filter(client -> quickSearch == null || matches(client, quickSearch)).toList();
        ArrayNode data = json.array();
        found.stream().skip((long) (page - 1) * size).limit(size).forEach(client -> data.add(json.client(client, fields)));
        ObjectNode meta = json.object();
        meta.put("total_count", found.size());
        return YclientsReplies.reply(HttpStatus.OK, data, meta);
    }

    @PostMapping("/clients/{companyId}")
    ResponseEntity<JsonNode> createClient(@PathVariable String companyId, @RequestBody(required = false) JsonNode body) {
        long company = company(companyId);
        String name = YclientsSandboxRequests.text(body, "name");
        if (name == null || name.isBlank()) {
            throw YclientsSandboxException.booking(435, "Client name not specified");
        }
        String phone = SalonBook.normalizePhone(YclientsSandboxRequests.text(body, "phone"))
                .orElseThrow(() -> YclientsSandboxException.booking(431, "Invalid phone number"));
        Salon.Client client = store.createClient(company, name.trim(), phone, YclientsSandboxRequests.text(body, "email"),
                book.schedule().now());
        ObjectNode data = json.client(client, List.of("id", "name", "phone", "email", "discount", "importance_id",
                "last_change_date"));
        data.put("id", client.id());
        // The spec's own example answers the phone as a number.
        data.put("phone", Long.parseLong(phone.substring(1)));
        data.set("categories", json.array());
        return YclientsReplies.created(data);
    }

    @GetMapping("/records/{companyId}")
    ResponseEntity<JsonNode> records(@PathVariable String companyId, @RequestParam Map<String, String> query) {
        long company = company(companyId);
        int page = (int) Math.max(1, Optional.ofNullable(YclientsSandboxRequests.optionalNumber(query.get("page"), "page"))
                .orElse(1L));
        int count = (int) Math.min(1000, Math.max(1, Optional.ofNullable(
                YclientsSandboxRequests.optionalNumber(query.get("count"), "count")).orElse(25L)));
        SalonStore.RecordQuery filter = new SalonStore.RecordQuery(
                YclientsSandboxRequests.optionalNumber(query.get("client_id"), "client_id"),
                YclientsSandboxRequests.optionalNumber(query.getOrDefault("staff_id", query.get("team_member_id")), "staff_id"),
                startOf(query.get("start_date"), 0), startOf(query.get("end_date"), 1),
                instant(query.get("changed_after"), "changed_after"), instant(query.get("changed_before"), "changed_before"),
                "1".equals(query.get("with_deleted")) || "true".equalsIgnoreCase(query.get("with_deleted")), page, count);
        SalonStore.RecordPage found = store.appointments(company, filter);
        ArrayNode data = json.array();
        found.records().forEach(record -> data.add(json.record(company, record)));
        ObjectNode meta = json.object();
        meta.put("page", page);
        meta.put("total_count", found.totalCount());
        return YclientsReplies.reply(HttpStatus.OK, data, meta);
    }

    @GetMapping("/record/{companyId}/{recordId}")
    ResponseEntity<JsonNode> record(@PathVariable String companyId, @PathVariable String recordId) {
        long company = company(companyId);
        return YclientsReplies.ok(json.record(company, book.record(company, YclientsSandboxRequests.id(recordId))));
    }

    @DeleteMapping("/record/{companyId}/{recordId}")
    ResponseEntity<Void> deleteRecord(@PathVariable String companyId, @PathVariable String recordId) {
        long company = company(companyId);
        Salon.Appointment record = book.record(company, YclientsSandboxRequests.id(recordId));
        if (record.deleted()) {
            throw YclientsSandboxException.notFound();
        }
        book.cancel(company, record.id());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/loyalty/cards/{phone}/{groupId}/{companyId}")
    ResponseEntity<JsonNode> cardsByPhone(@PathVariable String phone, @PathVariable String groupId,
            @PathVariable String companyId) {
        long company = company(companyId);
        long group = YclientsSandboxRequests.id(groupId);
        ArrayNode data = json.array();
        SalonBook.normalizePhone(phone).ifPresent(normalized -> store.clientsByPhone(company, normalized)
                .forEach(client -> addCards(company, client.id(), group, data)));
        return YclientsReplies.ok(data);
    }

    @GetMapping("/loyalty/client_cards/{clientId}")
    ResponseEntity<JsonNode> cardsByClient(@PathVariable String clientId) {
        Salon.Client client = store.client(DemoSalon.COMPANY_ID, YclientsSandboxRequests.id(clientId))
                .orElseThrow(YclientsSandboxException::notFound);
        ArrayNode data = json.array();
        addCards(DemoSalon.COMPANY_ID, client.id(), DemoSalon.CHAIN_ID, data);
        return YclientsReplies.ok(data);
    }

    @GetMapping("/company/{companyId}/loyalty/programs/search")
    ResponseEntity<JsonNode> loyaltyPrograms(@PathVariable String companyId) {
        long company = company(companyId);
        ArrayNode data = json.array();
        store.loyaltyPrograms(company).forEach(program -> data.add(json.loyaltyProgram(program)));
        ObjectNode meta = json.object();
        meta.put("count", data.size());
        return YclientsReplies.reply(HttpStatus.OK, data, meta);
    }

    @GetMapping("/hooks_settings/{companyId}")
    ResponseEntity<JsonNode> hooksSettings(@PathVariable String companyId) throws JsonProcessingException {
        long company = company(companyId);
        return YclientsReplies.ok(mapper.readTree(store.hooksSettings(company).orElse("{\"urls\":[],\"active\":0}")));
    }

    @PostMapping("/hooks_settings/{companyId}")
    ResponseEntity<JsonNode> saveHooksSettings(@PathVariable String companyId, @RequestBody(required = false) JsonNode body)
            throws JsonProcessingException {
        long company = company(companyId);
        if (body == null || !body.path("urls").isArray() || !body.has("active")) {
            throw YclientsSandboxException.invalid("Fields urls (array) and active are required");
        }
        if (body.get("urls").size() > MAX_HOOK_URLS) {
            throw YclientsSandboxException.invalid("No more than " + MAX_HOOK_URLS + " urls allowed");
        }
        ObjectNode settings = json.object();
        ArrayNode urls = settings.putArray("urls");
        for (JsonNode url : body.get("urls")) {
            if (!url.asText().matches("https?://\\S+")) {
                throw YclientsSandboxException.invalid("Invalid url: " + url.asText());
            }
            urls.add(url.asText());
        }
        settings.put("active", body.get("active").asInt());
        HOOK_FLAGS.forEach(flag -> settings.put(flag, body.path(flag).asInt(0)));
        store.saveHooksSettings(company, mapper.writeValueAsString(settings), book.schedule().now());
        return YclientsReplies.created(settings);
    }

    private long company(String companyId) {
        long company = YclientsSandboxRequests.id(companyId);
        book.requireCompany(company);
        return company;
    }

    private void addCards(long company, long clientId, long group, ArrayNode data) {
        Map<Long, Salon.LoyaltyProgram> programs = store.loyaltyPrograms(company).stream()
                .collect(Collectors.toMap(Salon.LoyaltyProgram::id, Function.identity()));
        store.loyaltyCards(clientId).stream().filter(card -> card.groupId() == group)
                .forEach(card -> data.add(json.loyaltyCard(card, programs.get(card.programId()))));
    }

    private static String quickSearch(JsonNode body) {
        if (body == null || !body.path("filters").isArray()) {
            return null;
        }
        for (JsonNode filter : body.get("filters")) {
            if ("quick_search".equals(filter.path("type").asText())) {
                JsonNode value = filter.path("state").path("value");
                return value.isArray() && !value.isEmpty() ? value.get(0).asText() : value.asText();
            }
        }
        return null;
    }

    private static boolean matches(Salon.Client client, String query) {
        String digits = query.replaceAll("\\D", "");
        if (digits.length() >= 5) {
            String clientDigits = client.phone().replaceAll("\\D", "");
            String wanted = digits.length() == 11 && digits.startsWith("8") ? "7" + digits.substring(1) : digits;
            return clientDigits.contains(wanted);
        }
        return client.name().toLowerCase().contains(query.trim().toLowerCase());
    }

    private Instant startOf(String date, int plusDays) {
        return date == null || date.isBlank() ? null : YclientsSandboxRequests.date(date, "date").plusDays(plusDays)
                .atStartOfDay(book.schedule().zone()).toInstant();
    }

    private Instant instant(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return SalonTime.parse(text, book.schedule().zone()).map(ZonedDateTime::toInstant)
                .or(() -> SalonTime.parse(text + "T00:00", book.schedule().zone()).map(ZonedDateTime::toInstant))
                .orElseThrow(() -> YclientsSandboxException.invalid("Invalid value of " + field));
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
