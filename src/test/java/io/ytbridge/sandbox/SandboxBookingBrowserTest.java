package io.ytbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a newcomer does on {@code ./mvnw spring-boot:run}, in a real browser (Debian's Chromium): in the chat page
 * /start, share the contact, book through the buttons; then confirm the record in the salon-admin panel and see the
 * salon's confirmation arrive in the chat through the Yclients webhook.
 */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:sandbox-booking-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "bridge.telegram.poll-timeout-seconds=2",
        "bridge.telegram.rate-limit.per-chat-period-ms=100",
        "bridge.webhook.processing.sweep-interval=1s"
})
class SandboxBookingBrowserTest {

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void browser() throws Exception {
        driver = ChromiumBrowser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aPersonBooksInTheChatAndSeesTheSalonConfirmIt() throws Exception {
        SandboxChatPage page = SandboxChatPage.open(driver, "http://127.0.0.1:" + port).useUser(7201, "Анна", "ru");
        page.send("/start");
        page.waitForBotMessage("Поделиться контактом");
        page.shareContact("79161237201");
        page.waitForBotMessage("Главное меню");

        page.pressNewestButton("c~");
        page.waitForBotMessage("Выберите категорию");
        page.pressNewestButton("C:");
        page.waitForBotMessage("Выберите услугу");
        page.pressNewestButton("S:");
        page.waitForBotMessage("Выберите мастера");
        page.pressNewestButton("P:", data -> !data.split("~")[0].endsWith(":0"));
        page.waitForBotMessage("Выберите дату");
        while (!page.showsButton("D:")) {
            page.pressNewestButton("W:", data -> true);
            page.waitForBotMessage("Выберите дату");
        }
        page.pressNewestButton("D:");
        page.waitForBotMessage("Свободное время");
        page.pressNewestButton("T:");
        page.waitForBotMessage("Проверьте запись");
        page.pressNewestButton("K:");
        assertThat(page.waitForBotMessage("Вы записаны!")).contains("Мастер:");

        long recordId = jdbc.queryForObject("SELECT record_id FROM booking WHERE telegram_user_id = 7201", Long.class);
        driver.navigate().refresh();
        page = SandboxChatPage.open(driver, "http://127.0.0.1:" + port).useUser(7201, "Анна", "ru");
        assertThat(page.adminRecordIds()).contains(recordId);
        page.adminAction(recordId, "confirm").waitForAdminStatus(recordId, "confirmed");
        String service = jdbc.queryForObject("SELECT service_title FROM booking WHERE telegram_user_id = 7201", String.class);
        assertThat(page.waitForBotMessage("Салон подтвердил вашу запись")).contains(service);

        page.screenshot(Path.of("target", "sandbox-booking.png"));
    }
}
