-- Issue 17 (答复): the 收文 a draft answers, as registry-service names it (id and 收文编号). Set when the draft is
-- started and never changed; null for every other draft. registry-service learns it from draft.reply-started.
ALTER TABLE drafts
    ADD COLUMN reply_incoming_id    UUID,
    ADD COLUMN reply_receipt_number TEXT,
    ADD CONSTRAINT drafts_reply_complete CHECK ((reply_incoming_id IS NULL) = (reply_receipt_number IS NULL));
