-- Issue 17 (答复): the reply drafts of drafting-service that answer a 收文, learnt from draft.reply-started. When
-- document.issued names one of them, the 收文 is concluded with it (RCV-REPLY-2). One row per draft: a replayed
-- event finds it recorded.
CREATE TABLE incoming_replies (
    draft_id     UUID        PRIMARY KEY,
    incoming_id  UUID        NOT NULL REFERENCES incoming_documents (id),
    drafter      TEXT        NOT NULL,
    drafter_unit TEXT        NOT NULL,
    title        TEXT        NOT NULL,
    started_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX incoming_replies_by_incoming ON incoming_replies (incoming_id, started_at);
