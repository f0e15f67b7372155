package io.ytbridge.sandbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The Yclients sandbox's book: reads and writes the sandbox_yclients_* tables, always with bound parameters. */
@Component
@YclientsSandboxOnly
class SalonStore {

    private static final String APPOINTMENT_COLUMNS = "id, staff_id, client_id, service_ids, starts_at, length_seconds, "
            + "comment, attendance, confirmed, deleted, record_hash, online, master_requested, api_id, created_at, changed_at";

    private final JdbcTemplate jdbc;

    SalonStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean hasCompany(long companyId) {
        Integer categories = jdbc.queryForObject("SELECT COUNT(*) FROM sandbox_yclients_category WHERE company_id = ?",
                Integer.class, companyId);
        return categories != null && categories > 0;
    }

    List<Salon.Category> categories(long companyId) {
        return jdbc.query("SELECT id, title, weight FROM sandbox_yclients_category WHERE company_id = ? ORDER BY weight DESC, id",
                (rs, i) -> new Salon.Category(rs.getLong("id"), rs.getString("title"), rs.getInt("weight")), companyId);
    }

    List<Salon.Service> services(long companyId) {
        return jdbc.query("SELECT id, category_id, title, price_min, price_max, discount, duration_seconds, prepaid, weight "
                + "FROM sandbox_yclients_service WHERE company_id = ? ORDER BY weight DESC, id", SalonStore::service, companyId);
    }

    List<Salon.Staff> staff(long companyId) {
        List<long[]> links = jdbc.query("SELECT l.staff_id, l.service_id FROM sandbox_yclients_staff_service l "
                        + "JOIN sandbox_yclients_staff s ON s.id = l.staff_id WHERE s.company_id = ?",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, companyId);
        return jdbc.query("SELECT id, name, specialization, position_title, rating, weight, work_weekdays, work_start, work_end "
                + "FROM sandbox_yclients_staff WHERE company_id = ? ORDER BY weight DESC, id", (rs, i) -> {
                    long id = rs.getLong("id");
                    Set<Long> services = links.stream().filter(link -> link[0] == id).map(link -> link[1])
                            .collect(Collectors.toCollection(HashSet::new));
                    return new Salon.Staff(id, rs.getString("name"), rs.getString("specialization"),
                            rs.getString("position_title"), rs.getBigDecimal("rating"), rs.getInt("weight"),
                            SalonSchedule.WorkingHours.parse(rs.getString("work_weekdays"), rs.getString("work_start"),
                                    rs.getString("work_end")),
                            services);
                }, companyId);
    }

    Optional<Salon.Client> client(long companyId, long clientId) {
        return jdbc.query("SELECT * FROM sandbox_yclients_client WHERE company_id = ? AND id = ?", SalonStore::client,
                companyId, clientId).stream().findFirst();
    }

    List<Salon.Client> clients(long companyId) {
        return jdbc.query("SELECT * FROM sandbox_yclients_client WHERE company_id = ? ORDER BY id", SalonStore::client,
                companyId);
    }

    List<Salon.Client> clientsByPhone(long companyId, String phone) {
        return jdbc.query("SELECT * FROM sandbox_yclients_client WHERE company_id = ? AND phone = ? ORDER BY id",
                SalonStore::client, companyId, phone);
    }

    Salon.Client createClient(long companyId, String name, String phone, String email, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("INSERT INTO sandbox_yclients_client "
                    + "(company_id, name, phone, email, created_at, changed_at) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"});
            insert.setLong(1, companyId);
            insert.setString(2, name);
            insert.setString(3, phone);
            insert.setString(4, email);
            insert.setObject(5, utc(now));
            insert.setObject(6, utc(now));
            return insert;
        }, key);
        return client(companyId, key.getKey().longValue()).orElseThrow();
    }

    Optional<Salon.Appointment> appointment(long companyId, long recordId) {
        return jdbc.query("SELECT " + APPOINTMENT_COLUMNS + " FROM sandbox_yclients_record WHERE company_id = ? AND id = ?",
                SalonStore::appointment, companyId, recordId).stream().findFirst();
    }

    /** Records (not deleted) of one master that touch [from, to). */
    List<SalonSchedule.Busy> busy(long companyId, long staffId, Instant from, Instant to, long ignoredRecordId) {
        return jdbc.query("SELECT starts_at, length_seconds FROM sandbox_yclients_record WHERE company_id = ? AND staff_id = ? "
                        + "AND deleted = FALSE AND id <> ? AND starts_at < ? AND starts_at > ?",
                (rs, i) -> {
                    Instant start = instant(rs, "starts_at");
                    return new SalonSchedule.Busy(start, start.plusSeconds(rs.getInt("length_seconds")));
                }, companyId, staffId, ignoredRecordId, utc(to), utc(from.minusSeconds(24 * 3600)));
    }

    long createAppointment(long companyId, Salon.Appointment appointment) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("INSERT INTO sandbox_yclients_record (company_id, staff_id, client_id, "
                    + "service_ids, starts_at, length_seconds, comment, attendance, confirmed, deleted, record_hash, online, "
                    + "master_requested, api_id, created_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            insert.setLong(1, companyId);
            insert.setLong(2, appointment.staffId());
            insert.setLong(3, appointment.clientId());
            insert.setString(4, joinIds(appointment.serviceIds()));
            insert.setObject(5, utc(appointment.startsAt()));
            insert.setInt(6, appointment.lengthSeconds());
            insert.setString(7, appointment.comment());
            insert.setInt(8, appointment.attendance());
            insert.setBoolean(9, appointment.confirmed());
            insert.setBoolean(10, appointment.deleted());
            insert.setString(11, appointment.hash());
            insert.setBoolean(12, appointment.online());
            insert.setBoolean(13, appointment.masterRequested());
            insert.setString(14, appointment.apiId());
            insert.setObject(15, utc(appointment.createdAt()));
            insert.setObject(16, utc(appointment.changedAt()));
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    void moveAppointment(long companyId, long recordId, Instant startsAt, String comment, Instant now) {
        jdbc.update("UPDATE sandbox_yclients_record SET starts_at = ?, comment = COALESCE(?, comment), changed_at = ? "
                + "WHERE company_id = ? AND id = ?", utc(startsAt), comment, utc(now), companyId, recordId);
    }

    void markDeleted(long companyId, long recordId, Instant now) {
        jdbc.update("UPDATE sandbox_yclients_record SET deleted = TRUE, attendance = -1, changed_at = ? "
                + "WHERE company_id = ? AND id = ?", utc(now), companyId, recordId);
    }

    void confirm(long companyId, long recordId, Instant now) {
        jdbc.update("UPDATE sandbox_yclients_record SET confirmed = TRUE, attendance = 2, changed_at = ? "
                + "WHERE company_id = ? AND id = ?", utc(now), companyId, recordId);
    }

    /** Filters of GET /records; null means "no filter". Returns one page and the total count. */
    record RecordQuery(Long clientId, Long staffId, Instant startsFrom, Instant startsBefore, Instant changedAfter,
            Instant changedBefore, boolean withDeleted, int page, int count) {
    }

    record RecordPage(List<Salon.Appointment> records, int totalCount) {
    }

    RecordPage appointments(long companyId, RecordQuery query) {
        StringBuilder where = new StringBuilder(" WHERE company_id = ?");
        List<Object> args = new ArrayList<>(List.of(companyId));
        if (query.clientId() != null) {
            where.append(" AND client_id = ?");
            args.add(query.clientId());
        }
        if (query.staffId() != null) {
            where.append(" AND staff_id = ?");
            args.add(query.staffId());
        }
        if (query.startsFrom() != null) {
            where.append(" AND starts_at >= ?");
            args.add(utc(query.startsFrom()));
        }
        if (query.startsBefore() != null) {
            where.append(" AND starts_at < ?");
            args.add(utc(query.startsBefore()));
        }
        if (query.changedAfter() != null) {
            where.append(" AND changed_at >= ?");
            args.add(utc(query.changedAfter()));
        }
        if (query.changedBefore() != null) {
            where.append(" AND changed_at <= ?");
            args.add(utc(query.changedBefore()));
        }
        if (!query.withDeleted()) {
            where.append(" AND deleted = FALSE");
        }
        Integer total = jdbc.queryForObject("SELECT COUNT(*) FROM sandbox_yclients_record" + where, Integer.class,
                args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(query.count());
        pageArgs.add((long) (query.page() - 1) * query.count());
        List<Salon.Appointment> records = jdbc.query("SELECT " + APPOINTMENT_COLUMNS + " FROM sandbox_yclients_record" + where
                + " ORDER BY starts_at, id LIMIT ? OFFSET ?", SalonStore::appointment, pageArgs.toArray());
        return new RecordPage(records, total == null ? 0 : total);
    }

    List<Salon.LoyaltyProgram> loyaltyPrograms(long companyId) {
        return jdbc.query("SELECT * FROM sandbox_yclients_loyalty_program WHERE company_id = ? ORDER BY id",
                (rs, i) -> new Salon.LoyaltyProgram(rs.getLong("id"), rs.getLong("group_id"), rs.getString("title"),
                        rs.getString("program_type"), rs.getInt("loyalty_type_id"), rs.getBigDecimal("percent_value")),
                companyId);
    }

    List<Salon.LoyaltyCard> loyaltyCards(long clientId) {
        return jdbc.query("SELECT * FROM sandbox_yclients_loyalty_card WHERE client_id = ? ORDER BY id",
                (rs, i) -> new Salon.LoyaltyCard(rs.getLong("id"), rs.getLong("client_id"), rs.getLong("group_id"),
                        rs.getString("card_number"), rs.getLong("type_id"), rs.getString("type_title"),
                        rs.getLong("program_id"), rs.getBigDecimal("balance"), rs.getInt("points"),
                        rs.getBigDecimal("paid_amount"), rs.getBigDecimal("sold_amount"), rs.getInt("visits_count")),
                clientId);
    }

    Optional<String> hooksSettings(long companyId) {
        return jdbc.queryForList("SELECT settings FROM sandbox_yclients_hooks_settings WHERE company_id = ?", String.class,
                companyId).stream().findFirst();
    }

    void saveHooksSettings(long companyId, String settings, Instant now) {
        if (jdbc.update("UPDATE sandbox_yclients_hooks_settings SET settings = ?, changed_at = ? WHERE company_id = ?",
                settings, utc(now), companyId) == 0) {
            jdbc.update("INSERT INTO sandbox_yclients_hooks_settings (company_id, settings, changed_at) VALUES (?, ?, ?)",
                    companyId, settings, utc(now));
        }
    }

    private static Salon.Service service(ResultSet rs, int row) throws SQLException {
        return new Salon.Service(rs.getLong("id"), rs.getLong("category_id"), rs.getString("title"),
                rs.getBigDecimal("price_min"), rs.getBigDecimal("price_max"), rs.getInt("discount"),
                rs.getInt("duration_seconds"), rs.getString("prepaid"), rs.getInt("weight"));
    }

    private static Salon.Client client(ResultSet rs, int row) throws SQLException {
        return new Salon.Client(rs.getLong("id"), rs.getString("name"), rs.getString("phone"), rs.getString("email"),
                rs.getBoolean("blacklisted"), instant(rs, "created_at"), instant(rs, "changed_at"));
    }

    private static Salon.Appointment appointment(ResultSet rs, int row) throws SQLException {
        return new Salon.Appointment(rs.getLong("id"), rs.getLong("staff_id"), rs.getLong("client_id"),
                splitIds(rs.getString("service_ids")), instant(rs, "starts_at"), rs.getInt("length_seconds"),
                rs.getString("comment"), rs.getInt("attendance"), rs.getBoolean("confirmed"), rs.getBoolean("deleted"),
                rs.getString("record_hash"), rs.getBoolean("online"), rs.getBoolean("master_requested"),
                rs.getString("api_id"), instant(rs, "created_at"), instant(rs, "changed_at"));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static String joinIds(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<Long> splitIds(String ids) {
        return ids.isBlank() ? List.of() : Arrays.stream(ids.split(",")).map(String::trim).map(Long::valueOf).toList();
    }
}
