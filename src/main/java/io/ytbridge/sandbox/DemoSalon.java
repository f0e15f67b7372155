package io.ytbridge.sandbox;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo salon behind the Yclients sandbox (company {@value #COMPANY_ID}): four categories, ten services, four
 * masters with different weekly schedules, a few clients with records around today, a loyalty program and cards.
 * A small second branch (company {@value #BRANCH_ID}: one category, two services, one master) lets the dialog's
 * branch choice be tried with YCLIENTS_BRANCH_ID=2.
 * Each is written once when missing; afterwards the database is the truth, so a demo survives a restart.
 */
@Component
@YclientsSandboxOnly
class DemoSalon implements InitializingBean {

    static final long COMPANY_ID = 1;
    static final long CHAIN_ID = 5001;
    static final String TITLE = "Demo Beauty Salon";
    static final long BRANCH_ID = 2;
    static final String BRANCH_TITLE = "Demo Beauty Salon — Арбат";
    /** A client with this phone is on the salon's blacklist: booking answers 403 with code 434. */
    static final String BLACKLISTED_PHONE = "+79000000434";

    private static final Logger LOG = LoggerFactory.getLogger(DemoSalon.class);

    private record Category(long id, String title, int weight) {
    }

    private record Service(long id, long categoryId, String title, int priceMin, int priceMax, int discount,
            int minutes, String prepaid) {
    }

    private record Master(long id, String name, String specialization, String position, String rating,
            String weekdays, String start, String end, List<Long> services) {
    }

    private record Client(String name, String phone, String email, boolean blacklisted) {
    }

    private static final List<Category> CATEGORIES = List.of(
            new Category(10, "Стрижки", 40),
            new Category(20, "Окрашивание", 30),
            new Category(30, "Ногтевой сервис", 20),
            new Category(40, "Уход", 10));

    private static final List<Service> SERVICES = List.of(
            new Service(1001, 10, "Женская стрижка", 2500, 2500, 0, 60, "forbidden"),
            new Service(1002, 10, "Мужская стрижка", 1500, 1500, 0, 45, "forbidden"),
            new Service(1003, 10, "Детская стрижка", 1000, 1000, 10, 30, "forbidden"),
            new Service(2001, 20, "Окрашивание в один тон", 4500, 6000, 0, 120, "allowed"),
            new Service(2002, 20, "Мелирование", 6000, 8000, 0, 150, "required"),
            new Service(2003, 20, "Тонирование", 3000, 3000, 15, 60, "forbidden"),
            new Service(3001, 30, "Маникюр", 1800, 1800, 0, 60, "forbidden"),
            new Service(3002, 30, "Покрытие гель-лаком", 2200, 2200, 10, 90, "allowed"),
            new Service(3003, 30, "Педикюр", 2500, 2500, 0, 90, "allowed"),
            new Service(4001, 40, "Уход для волос", 2000, 2000, 20, 45, "forbidden"));

    private static final List<Master> MASTERS = List.of(
            new Master(501, "Анна Смирнова", "Стилист", "Топ-стилист", "4.90", "1,2,3,4,5", "10:00", "19:00",
                    List.of(1001L, 1002L, 1003L, 4001L)),
            new Master(502, "Мария Иванова", "Колорист", "Колорист", "4.80", "2,3,4,5,6", "11:00", "20:00",
                    List.of(1001L, 2001L, 2002L, 2003L, 4001L)),
            // No position: the real API answers "position": [] for such masters.
            new Master(503, "Олег Петров", "Барбер", null, "4.70", "1,3,5,6", "09:00", "18:00",
                    List.of(1002L, 1003L)),
            new Master(504, "Елена Козлова", "Мастер маникюра", "Мастер ногтевого сервиса", "5.00", "3,4,5,6,7",
                    "12:00", "21:00", List.of(3001L, 3002L, 3003L)));

    private static final Category BRANCH_CATEGORY = new Category(60, "Барбершоп", 10);

    private static final List<Service> BRANCH_SERVICES = List.of(
            new Service(6001, 60, "Стрижка машинкой", 1200, 1200, 0, 30, "forbidden"),
            new Service(6002, 60, "Оформление бороды", 900, 900, 0, 30, "forbidden"));

    private static final Master BRANCH_MASTER = new Master(601, "Игорь Белов", "Барбер", "Барбер", "4.80",
            "1,2,3,4,5,6,7", "10:00", "20:00", List.of(6001L, 6002L));

    private static final List<Client> CLIENTS = List.of(
            new Client("Иван Кузнецов", "+79161234567", "ivan@example.com", false),
            new Client("Ольга Соколова", "+79031112233", null, false),
            new Client("Peter Brown", "+447700900123", "peter@example.com", false),
            new Client("Чёрный Список", BLACKLISTED_PHONE, null, true));

    private final JdbcTemplate jdbc;
    private final SalonStore store;
    private final SalonSchedule schedule;

    DemoSalon(JdbcTemplate jdbc, SalonStore store, SalonSchedule schedule) {
        this.jdbc = jdbc;
        this.store = store;
        this.schedule = schedule;
    }

    static String title(long companyId) {
        return companyId == BRANCH_ID ? BRANCH_TITLE : TITLE;
    }

    static String address(long companyId) {
        return companyId == BRANCH_ID ? "Москва, улица Арбат, 10" : "Москва, Тверская улица, 1";
    }

    @Override
    public void afterPropertiesSet() {
        if (!store.hasCompany(COMPANY_ID)) {
            seed();
            LOG.info("Yclients sandbox: demo salon written (company {}, time zone {})", COMPANY_ID, schedule.zone());
        }
        if (!store.hasCompany(BRANCH_ID)) {
            seedCatalog(BRANCH_ID, List.of(BRANCH_CATEGORY), BRANCH_SERVICES, List.of(BRANCH_MASTER));
            LOG.info("Yclients sandbox: demo branch written (company {})", BRANCH_ID);
        }
    }

    private void seed() {
        seedCatalog(COMPANY_ID, CATEGORIES, SERVICES, MASTERS);
        List<Salon.Client> clients = CLIENTS.stream().map(client -> {
            Salon.Client created = store.createClient(COMPANY_ID, client.name(), client.phone(), client.email(),
                    schedule.now());
            if (client.blacklisted()) {
                jdbc.update("UPDATE sandbox_yclients_client SET blacklisted = TRUE WHERE id = ?", created.id());
            }
            return created;
        }).toList();

        seedRecord(clients.get(0), MASTERS.get(0), 1001, 0, "12:00", false, 0);
        seedRecord(clients.get(1), MASTERS.get(1), 2003, 0, "15:00", true, 2);
        seedRecord(clients.get(2), MASTERS.get(2), 1002, 1, "11:00", false, 0);
        seedRecord(clients.get(0), MASTERS.get(3), 3002, 2, "14:00", true, 2);
        seedRecord(clients.get(1), MASTERS.get(0), 4001, -7, "13:00", true, 1);

        jdbc.update("INSERT INTO sandbox_yclients_loyalty_program (id, company_id, group_id, title, program_type, "
                        + "loyalty_type_id, percent_value) VALUES (?, ?, ?, ?, ?, ?, ?)",
                9101, COMPANY_ID, CHAIN_ID, "Скидка 5% постоянным клиентам", "discount_static", 1, new BigDecimal("5"));
        jdbc.update("INSERT INTO sandbox_yclients_loyalty_program (id, company_id, group_id, title, program_type, "
                        + "loyalty_type_id, percent_value) VALUES (?, ?, ?, ?, ?, ?, ?)",
                9102, COMPANY_ID, CHAIN_ID, "Кешбэк 10% баллами", "cashback_static_paid", 6, new BigDecimal("10"));
        seedCard(9201, clients.get(0), "500100000001", 9101, "1500.00", 0, "12500.00", 6);
        seedCard(9202, clients.get(1), "500100000002", 9102, "0.00", 340, "3400.00", 2);

        store.saveHooksSettings(COMPANY_ID, "{\"urls\":[],\"active\":0,\"salon\":0,\"service_category\":0,\"service\":0,"
                + "\"good\":0,\"master\":0,\"client\":0,\"record\":0,\"goods_operations_sale\":0,"
                + "\"goods_operations_receipt\":0,\"goods_operations_consumable\":0,\"goods_operations_stolen\":0,"
                + "\"goods_operations_move\":0,\"finances_operation\":0,\"self_sending\":0}", schedule.now());
    }

    private void seedCatalog(long companyId, List<Category> categories, List<Service> services, List<Master> masters) {
        for (Category category : categories) {
            jdbc.update("INSERT INTO sandbox_yclients_category (id, company_id, title, weight) VALUES (?, ?, ?, ?)",
                    category.id(), companyId, category.title(), category.weight());
        }
        int weight = services.size();
        for (Service service : services) {
            jdbc.update("INSERT INTO sandbox_yclients_service (id, company_id, category_id, title, price_min, price_max, "
                            + "discount, duration_seconds, prepaid, weight) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    service.id(), companyId, service.categoryId(), service.title(), BigDecimal.valueOf(service.priceMin()),
                    BigDecimal.valueOf(service.priceMax()), service.discount(), service.minutes() * 60, service.prepaid(),
                    weight--);
        }
        weight = masters.size();
        for (Master master : masters) {
            jdbc.update("INSERT INTO sandbox_yclients_staff (id, company_id, name, specialization, position_title, rating, "
                            + "weight, work_weekdays, work_start, work_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    master.id(), companyId, master.name(), master.specialization(), master.position(),
                    new BigDecimal(master.rating()), weight--, master.weekdays(), master.start(), master.end());
            for (long service : master.services()) {
                jdbc.update("INSERT INTO sandbox_yclients_staff_service (staff_id, service_id) VALUES (?, ?)",
                        master.id(), service);
            }
        }
    }

    /** A record on the master's first working day at or after today + dayOffset, so the demo always has some. */
    private void seedRecord(Salon.Client client, Master master, long serviceId, int dayOffset, String time,
            boolean confirmed, int attendance) {
        SalonSchedule.WorkingHours hours = SalonSchedule.WorkingHours.parse(master.weekdays(), master.start(), master.end());
        LocalDate date = schedule.today().plusDays(dayOffset);
        while (!hours.worksOn(date)) {
            date = date.plusDays(dayOffset < 0 ? -1 : 1);
        }
        Service service = SERVICES.stream().filter(s -> s.id() == serviceId).findFirst().orElseThrow();
        var startsAt = date.atTime(LocalTime.parse(time)).atZone(schedule.zone()).toInstant();
        var createdAt = schedule.now().minus(Duration.ofDays(10));
        store.createAppointment(COMPANY_ID, new Salon.Appointment(0, master.id(), client.id(), List.of(serviceId),
                startsAt, service.minutes() * 60, "", attendance, confirmed, false, RecordHash.next(), false, true, "",
                createdAt, createdAt));
    }

    private void seedCard(long id, Salon.Client client, String number, long programId, String balance, int points,
            String paid, int visits) {
        jdbc.update("INSERT INTO sandbox_yclients_loyalty_card (id, client_id, group_id, card_number, type_id, type_title, "
                        + "program_id, balance, points, paid_amount, sold_amount, visits_count) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, client.id(), CHAIN_ID, number, 9301, "Клубная карта", programId, new BigDecimal(balance), points,
                new BigDecimal(paid), new BigDecimal(paid), visits);
    }
}
