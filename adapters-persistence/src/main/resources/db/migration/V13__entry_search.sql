-- Issue 19: full-text search of one's own entries, and keyset pages. See docs/decisions/0027-search-and-time.md;
-- the indexes were chosen by measuring (benchmarks/entry-search.sh, benchmarks/README.md "Search and time").
-- Adding a stored generated column rewrites journal_entries once (minutes at millions of rows).

-- The language an account's entries are stemmed in: one of PostgreSQL's built-in text search configurations
-- by name ('english'); NULL until its person chose one, which means 'simple' (no stemming).
ALTER TABLE users ADD COLUMN search_language varchar(16);

-- Everything below is fenced from jOOQ's code generation (its DDL parser knows neither text search
-- configurations, regconfig, generated tsvector columns nor triggers): JooqEntrySearch names these
-- columns itself. PostgreSQL runs them as written.
/* [jooq ignore start] */
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;

-- Accents do not matter: for every built-in configuration X a copy public.journal_X whose word tokens pass
-- through the unaccent dictionary before X's own dictionaries (stemmer or simple). A configuration, not an
-- unaccent() wrapper, so that to_tsvector, websearch_to_tsquery and ts_headline all see the same lexemes
-- (ts_headline then marks "Café" for the query "cafe") and the generated column below stays IMMUTABLE.
DO $$
DECLARE
    c record;
    dicts text;
BEGIN
    FOR c IN SELECT cfgname FROM pg_catalog.pg_ts_config WHERE cfgnamespace = 'pg_catalog'::regnamespace LOOP
        EXECUTE format('CREATE TEXT SEARCH CONFIGURATION public.%I (COPY = pg_catalog.%I)',
                'journal_' || c.cfgname, c.cfgname);
        SELECT string_agg(m.mapdict::regdictionary::text, ', ' ORDER BY m.mapseqno) INTO dicts
          FROM pg_catalog.pg_ts_config_map m
         WHERE m.mapcfg = format('pg_catalog.%I', c.cfgname)::regconfig
           AND m.maptokentype = (SELECT tokid FROM pg_catalog.ts_token_type('default') WHERE alias = 'word');
        EXECUTE format('ALTER TEXT SEARCH CONFIGURATION public.%I ALTER MAPPING FOR word, hword, hword_part '
                || 'WITH public.unaccent, %s', 'journal_' || c.cfgname, dicts);
    END LOOP;
END
$$;

-- The configuration each entry is indexed with: its owner's, copied onto the row so that the generated column
-- can use it (a generated column cannot read another table). Set by the trigger below on every insert, and for
-- all of an account's entries by the one UPDATE that changes the account's language.
ALTER TABLE journal_entries ADD COLUMN search_config regconfig NOT NULL DEFAULT 'public.journal_simple';

-- Title words weigh more than body words (A and B), so an entry named for the word ranks first.
ALTER TABLE journal_entries ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(search_config, title), 'A') || setweight(to_tsvector(search_config, body), 'B')
) STORED;

CREATE FUNCTION journal_entries_search_config() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_config := coalesce(
        (SELECT ('public.journal_' || u.search_language)::regconfig FROM public.users u WHERE u.id = NEW.owner_id
            AND u.search_language IS NOT NULL),
        'public.journal_simple'::regconfig);
    RETURN NEW;
END
$$;

CREATE TRIGGER journal_entries_search_config BEFORE INSERT ON journal_entries
    FOR EACH ROW EXECUTE FUNCTION journal_entries_search_config();

-- No GIN: one account's search reads that account's entries off V1's (owner_id, created_at DESC, id DESC) and
-- checks each vector. Measured at 1 000 accounts x 1 000 entries, that is the fastest and the steadiest (p95
-- 3.8 ms); a GIN on (owner_id, search_vector) (btree_gin) gave 25 ms and a plain GIN on search_vector 44 ms,
-- because the planner then fetched the posting lists of common words and prefixes across all accounts. A GIN
-- wins only for journals of many thousands of entries (benchmarks/README.md, "Search and time").
/* [jooq ignore stop] */
