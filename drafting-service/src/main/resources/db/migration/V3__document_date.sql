-- 成文日期 (条例 第九条(十二)): the 签发 date review-service reports with document.issued, shown on the draft
-- beside its 签发人 and 文号. Null until the draft is issued.
ALTER TABLE drafts ADD COLUMN document_date DATE;
