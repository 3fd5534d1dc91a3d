-- 更正 after 签发 (issue 18, 条例 第二十五条): the correction of an issued document while it is with the signer, and
-- after a correction was returned or rejected, which revision is still the issued one (drafting's Correction:
-- issuedRevision, reason, issuedContent, issuedStatus, open). Null for a document never corrected.
ALTER TABLE drafts ADD COLUMN correction JSONB;
