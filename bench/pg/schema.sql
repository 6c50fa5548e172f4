-- The provisions RegAtlas indexes, as a small team would store them for PostgreSQL full-text search.
-- Stock PostgreSQL has no Chinese parser: the 'simple' configuration turns a run of Chinese characters without
-- punctuation into one long token, so Chinese is searched with pg_trgm (character trigrams) instead.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

DROP TABLE IF EXISTS provision;
CREATE TABLE provision (
    id           text PRIMARY KEY,
    doc_id       text NOT NULL,
    doc_title    text,
    jurisdiction text,
    agency       text,
    strength     text,
    provenance   text,
    lang         text,
    headings     text NOT NULL DEFAULT '',  -- the section headings, ' / '-joined
    text         text NOT NULL,             -- the text shown (and judged): the same field as a RegAtlas hit's text
    text_other   text NOT NULL DEFAULT '',  -- a digest's version in the other language (RegAtlas indexes it too)
    body         text GENERATED ALWAYS AS (text || ' ' || text_other) STORED,
    tsv          tsvector GENERATED ALWAYS AS (
                     setweight(to_tsvector('simple', text || ' ' || text_other), 'A')
                     || setweight(to_tsvector('simple', headings), 'B')) STORED
);

CREATE INDEX provision_tsv ON provision USING gin (tsv);
CREATE INDEX provision_body_trgm ON provision USING gin (body gin_trgm_ops);

-- pg_trgm's default word-similarity threshold (0.6) keeps almost no Chinese sentence for a Chinese query.
DO $$ BEGIN
    EXECUTE format('ALTER DATABASE %I SET pg_trgm.word_similarity_threshold = 0.2', current_database());
END $$;
