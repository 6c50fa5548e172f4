-- The search a small team would write on PostgreSQL for this corpus; $1 is the query exactly as the user typed it.
--   * Latin words: websearch_to_tsquery('simple', $1), its ANDs turned into ORs (with AND, a natural-language
--     query such as "risk factors for ICANS severity" matches almost nothing), against the tsvector of the
--     text (weight A) and the section headings (weight B).
--   * Chinese: the query's CJK characters (every other character replaced by a space) compared with pg_trgm
--     word similarity (`<%`, GIN gin_trgm_ops index) to the text; the threshold is set to 0.2 for the database
--     (schema.sql), since the default 0.6 keeps almost no Chinese sentence.
--   * Rank: ts_rank + word_similarity, best 10, with the total number of matches.
SELECT p.id, p.doc_id, p.doc_title, p.jurisdiction, p.strength, p.headings, p.text, count(*) OVER () AS total
FROM provision p,
     CAST(replace(websearch_to_tsquery('simple', $1)::text, ' & ', ' | ') AS tsquery) AS tsq,
     regexp_replace($1, '[^\u3400-\u9fff]+', ' ', 'g') AS zq
WHERE p.tsv @@ tsq OR zq <% p.body
ORDER BY ts_rank(p.tsv, tsq) + word_similarity(zq, p.body) DESC, p.id
LIMIT 10
