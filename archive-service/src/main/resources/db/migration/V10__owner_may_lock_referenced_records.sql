-- Issue 14: PostgreSQL checks a foreign key as the owner of the referenced table, with
-- SELECT ... FOR KEY SHARE, and a row lock needs UPDATE on at least one column. V2 revoked UPDATE on
-- archive_records from the owner, so every INSERT into archive_corrections, archive_legal_holds or
-- archive_attachments failed with "permission denied for table archive_records" wherever the owner is not a
-- superuser (every real deployment; the tests ran as a superuser and never saw it).
--
-- The owner gets UPDATE on the key column alone: enough for the lock, and no way to change a record, because the
-- append-only trigger (V1) refuses every UPDATE whoever issues it. The service itself runs as gongwen_archive_app,
-- which still holds no UPDATE at all.
DO $$ BEGIN EXECUTE format('GRANT UPDATE (document_id) ON archive_records TO %I', current_user); END $$;
