-- 更正 after 签发 (issue 18, 条例 第二十五条): a round that corrects an issued revision (drafting's draft.submitted
-- 'correction': the revision corrected, its 文号 and signer, the reason). It goes to the original signer only and,
-- when signed, is issued with the same 文号 unless the signer asks for a new one. Null for an ordinary round.
ALTER TABLE review_rounds ADD COLUMN correction JSONB;
