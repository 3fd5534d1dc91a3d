-- Chinese full-text search without extensions: Chinese has no spaces and pg_trgm needs 3 characters, so every
-- searchable text is cut into overlapping character bigrams ("养老服务" → 养老 老服 服务), kept as a tsvector and
-- indexed with GIN. A query of n ≥ 2 characters becomes the AND of its bigrams (a 1-character query a prefix
-- lexeme); candidates are then re-checked as a case-insensitive substring, because bigrams carry no positions.
-- Measured at 1 000 000 records: archive-service/README.md "Search benchmark".

-- Lower-case, split at white space and punctuation (ASCII and CJK, listed explicitly so the result does not
-- depend on the database's locale), bigrams of every run; a 1-character run is kept as it is.
CREATE FUNCTION archive_bigrams(doc TEXT) RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT CASE WHEN length(w) = 1 THEN w ELSE substr(w, i, 2) END), '{}')
    FROM regexp_split_to_table(lower(coalesce(doc, '')),
             '[\s!-/:-@\[-`{-~，。、；：？！“”‘’（）《》〈〉〔〕【】「」『』—…·　]+') AS w,
         generate_series(1, greatest(length(w) - 1, 1)) AS i
    WHERE w <> ''
$$;

-- Everything a reader may search: 题名, 正文, 文号, 档号, 主送/抄送, and the people (拟稿人, 签发人, every actor of
-- the trail). One text so that the index and the re-check agree on what is searchable.
CREATE FUNCTION archive_search_text(title TEXT, body TEXT, document_number TEXT, archive_no TEXT, content JSONB,
                                    drafter_name TEXT, signer_name TEXT, trail JSONB)
    RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT lower(concat_ws(' ', title, body, document_number, archive_no,
                           content ->> 'mainRecipients', content ->> 'copyRecipients', drafter_name, signer_name,
                           jsonb_path_query_array(trail, '$[*].actor.name')::text))
$$;

-- Added by ALTER TABLE (a rewrite, not an UPDATE: the append-only triggers do not fire, the rows stay as they were)
ALTER TABLE archive_records ADD COLUMN search_bigrams TSVECTOR GENERATED ALWAYS AS (
    array_to_tsvector(archive_bigrams(archive_search_text(title, body, document_number, archive_no, content,
                                                         drafter_name, signer_name, trail)))) STORED;
CREATE INDEX archive_records_search ON archive_records USING gin (search_bigrams);
CREATE INDEX archive_records_date_order ON archive_records (document_date DESC, document_id DESC);
CREATE INDEX archive_records_signer ON archive_records (signer_username);
CREATE INDEX archive_records_drafter ON archive_records (drafter_username);
