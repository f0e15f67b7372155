-- The one message each user's dialog edits in place; buttons on any other message are stale.
CREATE TABLE dialog_state (
    telegram_user_id BIGINT PRIMARY KEY REFERENCES telegram_user (telegram_user_id),
    chat_id          BIGINT NOT NULL,
    message_id       BIGINT,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
