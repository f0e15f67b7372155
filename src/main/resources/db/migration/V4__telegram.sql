-- The long-polling offset starts at 0 ("every update not yet confirmed"). Seeding the row here lets the poller
-- advance it with a plain UPDATE, which reads the same on H2 and PostgreSQL.
INSERT INTO bridge_state (name, state_value) VALUES ('telegram.offset', 0);
