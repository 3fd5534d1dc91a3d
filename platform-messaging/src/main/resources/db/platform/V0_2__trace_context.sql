-- W3C trace context of the work that wrote an outbox row, sent on as the Kafka header traceparent, and the trace
-- id under which a consumed event was applied: one trace can be followed from a request across every hop.
ALTER TABLE outbox ADD COLUMN traceparent TEXT;
ALTER TABLE processed_events ADD COLUMN trace_id TEXT;
