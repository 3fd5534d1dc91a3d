-- One row per archived document (一件). Append-only: the trigger below refuses UPDATE and DELETE, so a
-- record cannot drift from the content whose hash it was accepted under.
CREATE TABLE archive_records (
    document_id         TEXT        PRIMARY KEY,
    revision            INT         NOT NULL,
    archive_no          TEXT        NOT NULL UNIQUE,
    fonds               TEXT        NOT NULL,
    year                INT         NOT NULL,
    retention           TEXT        NOT NULL CHECK (retention IN ('Y', 'D30', 'D10')),
    unit                TEXT        NOT NULL,
    item_no             INT         NOT NULL CHECK (item_no BETWEEN 1 AND 9999),
    document_number     TEXT,
    title               TEXT        NOT NULL,
    doc_type            TEXT,
    body                TEXT,
    content             JSONB       NOT NULL,
    content_hash        TEXT        NOT NULL,
    classification      TEXT,
    -- 0 非密, 1 秘密, 2 机密, 3 绝密: compared with the reader's clearance in every query
    classification_rank SMALLINT    NOT NULL CHECK (classification_rank BETWEEN 0 AND 3),
    drafter_username    TEXT,
    drafter_name        TEXT,
    signer_username     TEXT,
    signer_name         TEXT,
    signer_unit         TEXT,
    issued_at           TIMESTAMPTZ,
    document_date       DATE        NOT NULL,
    archived_at         TIMESTAMPTZ NOT NULL,
    trail               JSONB       NOT NULL,
    UNIQUE (fonds, year, retention, unit, item_no)
);
CREATE INDEX archive_records_newest ON archive_records (archived_at DESC, document_id DESC);
CREATE INDEX archive_records_document_date ON archive_records (document_date);
CREATE INDEX archive_records_unit_year ON archive_records (unit, year);

-- 件号 per class (年度, 保管期限, 机构): incremented in the archiving transaction, so a rolled-back
-- archiving gives its number back and the sequence stays gap-free.
CREATE TABLE archive_item_counters (
    year      INT  NOT NULL,
    retention TEXT NOT NULL,
    unit      TEXT NOT NULL,
    last_item INT  NOT NULL,
    PRIMARY KEY (year, retention, unit)
);

CREATE FUNCTION archive_records_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'archive_records is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER archive_records_no_update_or_delete BEFORE UPDATE OR DELETE ON archive_records
    FOR EACH ROW EXECUTE FUNCTION archive_records_append_only();
CREATE TRIGGER archive_records_no_truncate BEFORE TRUNCATE ON archive_records
    FOR EACH STATEMENT EXECUTE FUNCTION archive_records_append_only();
