-- Issue 17: 收文 and 交办事项 go to the archive on 办结, as records of archive_records with a kind beside the issued
-- documents (one model: 档号 classes, log, search, clearance, export and 四性 apply to them unchanged), and the
-- particulars their kind needs (收文编号, 来文单位, 批办, 传阅 readings, progress reports…) as registry-service sent them.
-- ADD COLUMN with a constant default and a nullable column: no table rewrite and no UPDATE, so the append-only
-- triggers do not fire and every stored row reads as an issued document, which it is.
ALTER TABLE archive_records
    ADD COLUMN kind TEXT NOT NULL DEFAULT 'ISSUED_DOCUMENT'
        CHECK (kind IN ('ISSUED_DOCUMENT', 'INCOMING', 'ASSIGNED_MATTER')),
    ADD COLUMN particulars JSONB,
    ADD CONSTRAINT archive_records_particulars_of_registry_kinds
        CHECK ((kind = 'ISSUED_DOCUMENT') = (particulars IS NULL));
