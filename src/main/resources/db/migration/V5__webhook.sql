-- Webhook processing and reconciliation. Runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL.

-- When a stored event may next be taken: a worker's lease while it processes, or the time of its next retry.
ALTER TABLE webhook_event ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
-- 'webhook' for deliveries, 'reconcile' for events the reconciliation synthesised from Yclients' answers.
ALTER TABLE webhook_event ADD COLUMN origin VARCHAR(16) NOT NULL DEFAULT 'webhook';
-- What the event turned out to mean, e.g. record.confirm, client.update, ignored.
ALTER TABLE webhook_event ADD COLUMN event_name VARCHAR(32);

-- Yclients' own last change time of the record, so an older event arriving late cannot undo a newer one.
ALTER TABLE booking ADD COLUMN yclients_changed_at TIMESTAMP WITH TIME ZONE;
-- When reconciliation last read this booking's record, so each run reads the ones least recently seen.
ALTER TABLE booking ADD COLUMN reconciled_at TIMESTAMP WITH TIME ZONE;
