-- SUP-ASSIGN-2: a 交办事项 carries a 密级, at least that of the document its 批示 was written on. Matters assigned
-- before it take their source's 密级 where the registry knows the source (a 收文, or an issued document it
-- distributed); a source it never saw cannot be judged, so such a matter is kept as 绝密 (fail closed, like
-- Classification.ofDocument): better hidden than leaked, and the office can see and re-assign it.
ALTER TABLE assigned_matters
    ADD COLUMN classification TEXT NOT NULL DEFAULT '非密' CHECK (classification IN ('非密', '秘密', '机密', '绝密'));

UPDATE assigned_matters m
   SET classification = coalesce(
           (SELECT i.classification FROM incoming_documents i WHERE i.id = m.source_document_id),
           (SELECT d.classification FROM deliveries d WHERE d.document_id = m.source_document_id LIMIT 1),
           '绝密')
 WHERE m.source_document_id IS NOT NULL;

ALTER TABLE assigned_matters ALTER COLUMN classification DROP DEFAULT;
