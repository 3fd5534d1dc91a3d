CREATE TABLE test_effects (id BIGSERIAL PRIMARY KEY, document_id TEXT NOT NULL, event_type TEXT NOT NULL);
