-- The document an applied event concerned (CloudEvents subject): which events a service applied for one document.
ALTER TABLE processed_events ADD COLUMN document_id TEXT;
CREATE INDEX processed_events_by_document ON processed_events (document_id);
