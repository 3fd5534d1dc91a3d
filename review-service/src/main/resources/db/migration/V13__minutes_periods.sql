-- Issue 18, 纪要 第N期 (GB/T 9704 §10.3, reference.md §1.3 row 15): a 纪要 shows its 期号 in the head in place of a
-- 文号. Numbered per 代字 and year like the 发文顺序号 (V2): bumped in the 签发 transaction, so gap-free and unique;
-- a separate series, because the 纪要 of a year are counted among themselves (第1期, 第2期 …) while their 文号 are
-- drawn from the organ's one 发文 counter.
CREATE TABLE minutes_period_counters (
    agency_code TEXT NOT NULL,
    year        INT  NOT NULL,
    last_number INT  NOT NULL CHECK (last_number >= 1),
    PRIMARY KEY (agency_code, year)
);

-- the 期号 of an issued 纪要, kept with its 文号 (null for every other 文种, and for documents issued before)
ALTER TABLE reviews ADD COLUMN minutes_period INT CHECK (minutes_period >= 1);
