-- Issue 18, two leftovers of 更正 and the 纪要 format.
--
-- 1. Each 更正 link (archive_revision_links, V12) becomes a leaf of the log of its own kind, queued in the
--    transaction that stores the link: the table refuses UPDATE and DELETE to the service, but only the log shows
--    what a superuser or a restored backup did to it (the 四性 check `revision-links` compares both).
ALTER TABLE archive_log_pending DROP CONSTRAINT archive_log_pending_kind_check;
ALTER TABLE archive_log_pending ADD CONSTRAINT archive_log_pending_kind_check
    CHECK (kind IN ('record', 'correction', 'legal-hold', 'attachment', 'rendition', 'revision-link'));

-- 2. A 纪要's 期号 (GB/T 9704 §10.3) as document.issued carries it (minutesPeriod, additive), kept with the record so
--    that its renditions print 第N期 in the head. Null for every other 文种 and for records archived before; a new
--    column takes no UPDATE of the sealed rows (archive_records refuses every UPDATE, V1).
ALTER TABLE archive_records ADD COLUMN minutes_period INT CHECK (minutes_period >= 1);
