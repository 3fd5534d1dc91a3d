-- Filters the list combines with a search term. At 1M records the planner, lacking an index led by retention or
-- doc_type, AND-ed the term's bitmap with a skip scan of the 档号 unique index (333 336 rows for retention = 'Y',
-- 230 ms). With these it ANDs a bitmap of only the rows of that kind/retention/year, or filters the term's rows.
-- IF NOT EXISTS: the benchmark database may have been given them by hand before this migration existed.
CREATE INDEX IF NOT EXISTS archive_records_kind_retention ON archive_records (doc_type, retention, year);
CREATE INDEX IF NOT EXISTS archive_records_retention_year ON archive_records (retention, year);
