package io.ytbridge.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the sandbox chat page (/sandbox/) the way a person does: pick a test user, write, share the contact, tap
 * inline buttons, act in the salon-admin panel. Waits with WebDriverWait; reusable by later end-to-end tests
 * (a whole booking through the dialog).
 */
final class SandboxChatPage {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private final WebDriver driver;
    private final WebDriverWait wait;

    private SandboxChatPage(WebDriver driver) {
        this.driver = driver;
        // The page redraws the chat from each new timeline: an element found a moment ago may be gone.
        this.wait = (WebDriverWait) new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class);
    }

    static SandboxChatPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/sandbox/");
        SandboxChatPage page = new SandboxChatPage(driver);
        page.wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("bot-name"), "Bot")));
        return page;
    }

    SandboxChatPage useUser(long userId, String firstName, String languageCode) {
        new Select(driver.findElement(By.id("user-preset"))).selectByValue("custom");
        replace(By.id("user-id"), Long.toString(userId));
        replace(By.id("user-name"), firstName);
        new Select(driver.findElement(By.id("user-lang"))).selectByValue(languageCode);
        driver.findElement(By.id("apply-user")).click();
        return this;
    }

    String botName() {
        return driver.findElement(By.id("bot-name")).getText();
    }

    SandboxChatPage send(String text) {
        replace(By.id("message-input"), text);
        driver.findElement(By.id("send-button")).click();
        waitForUserMessage(text);
        return this;
    }

    SandboxChatPage shareContact(String phone) {
        replace(By.id("contact-phone"), phone);
        driver.findElement(By.id("share-contact")).click();
        waitForUserMessage(phone);
        return this;
    }

    /** Waits until a bot message containing {@code text} is shown; returns its whole text. */
    String waitForBotMessage(String text) {
        return waitForMessage("from-bot", text);
    }

    String waitForUserMessage(String text) {
        return waitForMessage("from-user", text);
    }

    List<String> inlineButtons() {
        return wait.until(driver -> driver.findElements(By.cssSelector("#chat .inline-button")).stream()
                .map(WebElement::getText).toList());
    }

    SandboxChatPage pressInlineButton(String callbackData) {
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#chat .inline-button[data-callback='" + callbackData + "']"))).click();
        return this;
    }

    /**
     * Taps the newest inline button whose callback data starts with the prefix and passes the filter (the dialog
     * edits one message in place, so the newest matching button is the live one).
     */
    SandboxChatPage pressNewestButton(String callbackPrefix, java.util.function.Predicate<String> filter) {
        wait.until(driver -> {
            List<WebElement> buttons = driver.findElements(
                    By.cssSelector("#chat .inline-button[data-callback^='" + callbackPrefix + "']")).stream()
                    .filter(button -> filter.test(button.getAttribute("data-callback"))).toList();
            if (buttons.isEmpty()) {
                return false;
            }
            buttons.get(buttons.size() - 1).click();
            return true;
        });
        return this;
    }

    SandboxChatPage pressNewestButton(String callbackPrefix) {
        return pressNewestButton(callbackPrefix, data -> true);
    }

    boolean showsButton(String callbackPrefix) {
        return !driver.findElements(By.cssSelector("#chat .inline-button[data-callback^='" + callbackPrefix + "']")).isEmpty();
    }

    /** Texts of the reply keyboard's buttons; empty when the bot shows none. */
    List<String> replyKeyboard() {
        return wait.until(driver -> driver.findElements(By.cssSelector("#reply-keyboard button")).stream()
                .map(WebElement::getText).toList());
    }

    String callbackAnswer() {
        return wait.until(driver -> {
            WebElement box = driver.findElement(By.id("callback-answer"));
            return box.isDisplayed() ? box.getText() : "";
        });
    }

    /** Ids of the records listed in the salon-admin panel, once it has loaded some. */
    List<Long> adminRecordIds() {
        return wait.until(driver -> {
            List<Long> ids = driver.findElements(By.cssSelector("#admin-records tbody tr")).stream()
                    .map(row -> Long.parseLong(row.getAttribute("data-record-id"))).toList();
            return ids.isEmpty() ? null : ids;
        });
    }

    String adminStatus(long recordId) {
        return wait.until(driver -> driver.findElement(adminRow(recordId)).getAttribute("data-status"));
    }

    SandboxChatPage adminAction(long recordId, String action) {
        wait.until(driver -> {
            driver.findElement(adminRow(recordId)).findElement(By.cssSelector("button." + action)).click();
            return true;
        });
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("webhook-result"), "record " + recordId));
        return this;
    }

    SandboxChatPage waitForAdminStatus(long recordId, String status) {
        wait.until(ExpectedConditions.attributeToBe(adminRow(recordId), "data-status", status));
        return this;
    }

    String webhookResult() {
        return driver.findElement(By.id("webhook-result")).getText();
    }

    Path screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    private String waitForMessage(String side, String text) {
        return wait.until(driver -> driver.findElements(By.cssSelector("#chat .message." + side)).stream()
                .map(WebElement::getText).filter(shown -> shown.contains(text)).findFirst().orElse(null));
    }

    private static By adminRow(long recordId) {
        return By.cssSelector("#admin-records tbody tr[data-record-id='" + recordId + "']");
    }

    private void replace(By field, String text) {
        WebElement element = driver.findElement(field);
        element.clear();
        element.sendKeys(text);
    }
}
