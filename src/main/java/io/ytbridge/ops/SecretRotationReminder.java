package io.ytbridge.ops;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The daily reminder to the admin chat while a secret is due soon or overdue (route secret-rotation-reminder).
 * The day of the last reminder is kept in bridge_state, so restarts and replicas do not repeat it.
 */
@Component("secretRotationReminder")
public class SecretRotationReminder {

    private static final String REMINDED_STATE = "secret_rotation_reminded_on";

    private final SecretRotationSchedule schedule;
    private final JdbcTemplate jdbc;
    private final AdminChat adminChat;
    private final ZoneId zone;

    public SecretRotationReminder(SecretRotationSchedule schedule, JdbcTemplate jdbc, AdminChat adminChat,
            @Value("${bridge.yclients.timezone:Europe/Moscow}") String zone) {
        this.schedule = schedule;
        this.jdbc = jdbc;
        this.adminChat = adminChat;
        this.zone = ZoneId.of(zone);
    }

    /** The sendMessage payload for today's reminder, or null: no admin chat, nothing due, or already sent today. */
    public Map<String, Object> dueReminder() {
        if (!adminChat.configured() || today() == lastReminded()) {
            return null;
        }
        List<SecretRotationSchedule.SecretAge> due = schedule.ages().stream()
                .filter(age -> age.state() != SecretRotationSchedule.State.FRESH).toList();
        if (due.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder(adminChat.text("secrets.reminder.title", schedule.maxAgeDays()));
        for (SecretRotationSchedule.SecretAge age : due) {
            String key = age.state() == SecretRotationSchedule.State.OVERDUE
                    ? "secrets.reminder.overdue" : "secrets.reminder.due-soon";
            text.append('\n').append(adminChat.text(key, age.name(), age.rotateBy().toString()));
        }
        text.append('\n').append(adminChat.text("secrets.reminder.how"));
        return adminChat.message(text.toString());
    }

    /** Called once the reminder went out. */
    public void markSent() {
        Timestamp now = Timestamp.from(Instant.now());
        if (jdbc.update("UPDATE bridge_state SET state_value = ?, updated_at = ? WHERE name = ?", today(), now,
                REMINDED_STATE) == 0) {
            jdbc.update("INSERT INTO bridge_state (name, state_value, updated_at) VALUES (?, ?, ?)", REMINDED_STATE,
                    today(), now);
        }
    }

    private long today() {
        return LocalDate.now(zone).toEpochDay();
    }

    private long lastReminded() {
        return jdbc.queryForList("SELECT state_value FROM bridge_state WHERE name = ?", Long.class, REMINDED_STATE)
                .stream().findFirst().orElse(-1L);
    }
}
