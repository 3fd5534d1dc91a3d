-- Issue 18: an archivist re-queues a render job the worker gave up (POST /api/archive/records/{id}/rendition/retry,
-- RENDITION-RETRY-1/2). The job starts again with all its attempts; who re-queued it last, when, and how often
-- stay on the row while it lives (the job row is deleted once the files are stored; the files' leaf then stands).
ALTER TABLE archive_render_jobs
    ADD COLUMN requeues    INT         NOT NULL DEFAULT 0 CHECK (requeues >= 0),
    ADD COLUMN requeued_by TEXT,
    ADD COLUMN requeued_at TIMESTAMPTZ;
