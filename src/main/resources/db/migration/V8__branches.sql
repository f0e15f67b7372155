-- The branch (Yclients company id) each user books in; NULL means the configured company (YCLIENTS_COMPANY_ID).
ALTER TABLE dialog_state ADD COLUMN company_id BIGINT;
