-- Database time of the statements JooqEntrySearch and JooqEntryTimeline send (written out here the same way,
-- with the values as literals: the adapter binds them, and PostgreSQL plans a bound statement's first runs with
-- the values, exactly like literals). Each statement runs under EXPLAIN (ANALYZE, BUFFERS); the figure is
-- planning + execution time. psql -v owners=20 -v rounds=... ; prints p50, p95, max per kind.
\set ON_ERROR_STOP on
SET max_parallel_workers_per_gather = 0;
SET client_min_messages = warning; -- "the" is an english stop word: no notice per run

CREATE TEMP TABLE bench_settings AS SELECT :owners::int AS owners;
CREATE TEMP TABLE bench_timings (kind text, query text, ms double precision, buffers bigint, plan text);

CREATE FUNCTION pg_temp.measure(kind text, label text, stmt text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE j json;
BEGIN
    EXECUTE 'EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ' || stmt INTO j;
    INSERT INTO bench_timings VALUES (kind, label,
        (j->0->>'Planning Time')::float8 + (j->0->>'Execution Time')::float8,
        coalesce((j->0->'Plan'->>'Shared Hit Blocks')::bigint, 0) + coalesce((j->0->'Plan'->>'Shared Read Blocks')::bigint, 0),
        j::text);
END $$;

-- The tsquery part of JooqEntrySearch.queryParts/queryExpression.
CREATE FUNCTION pg_temp.tsq(head text, prefix text) RETURNS text LANGUAGE sql AS $$
    SELECT '(' || concat_ws(' && ',
        CASE WHEN head <> '' THEN format('websearch_to_tsquery(%L::regconfig, %L)', 'public.journal_english', head) END,
        CASE WHEN prefix IS NOT NULL THEN format('to_tsquery(%L::regconfig, %L || '':*'')', 'public.journal_english', prefix) END)
        || ')'
$$;

-- JooqEntrySearch.STATEMENT, first page of 20 (LIMIT 21), no range.
CREATE FUNCTION pg_temp.search_sql(acct uuid, head text, prefix text) RETURNS text LANGUAGE sql AS $$
    SELECT format($f$
        SELECT h.id, h.owner_id, h.title, h.body, h.created_at, h.updated_at, h.rank,
               ts_headline(h.cfg, translate(h.title, %2$L, ''), %1$s, %3$L) AS title_marked,
               ts_headline(h.cfg, translate(h.body, %2$L, ''), %1$s, %4$L) AS body_marked
          FROM (SELECT e.id, e.owner_id, e.title, e.body, e.created_at, e.updated_at, e.search_config AS cfg,
                       ts_rank_cd(e.search_vector, %1$s) AS rank
                  FROM journal_entries e
                 WHERE e.owner_id = %5$L
                   AND e.search_vector @@ %1$s
                ) h
         ORDER BY h.rank DESC, h.id
         LIMIT 21 $f$, pg_temp.tsq(head, prefix), E'\uE000\uE001',
        E'StartSel=\uE000, StopSel=\uE001, HighlightAll=true',
        E'StartSel=\uE000, StopSel=\uE001, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "',
        acct)
$$;

-- Queries: the SearchQuery split (head, prefix) of what a person types, common to rare.
CREATE TEMP TABLE bench_queries (head text, prefix text);
INSERT INTO bench_queries VALUES
  ('the', NULL), ('day', NULL), ('', 'walk'), ('', 'wal'), ('walking', NULL), ('"morning coffee"', NULL),
  ('rain -sun', NULL), ('coffee or tea', NULL), ('lighthouse', NULL), ('', 'lighth'), ('dreams', NULL),
  ('friends park', NULL), ('', 'kara'), ('karaa0', NULL), ('sunny', 'beac'), ('"the day"', NULL),
  ('exhausted -work', NULL), ('', 'jour'), ('garden flowers spring', NULL), ('', 't'), ('missingword', NULL),
  ('', 'letterb'), ('"walked home"', NULL), ('running or swimming', NULL);

DO $$
DECLARE o int; q record; acct uuid;
BEGIN
    FOR o IN 1 .. (SELECT owners FROM bench_settings) LOOP
        acct := md5('search-account-' || (1 + (o * 37) % 1000))::uuid;
        FOR q IN SELECT * FROM bench_queries LOOP
            PERFORM pg_temp.measure('search', q.head || ' | ' || coalesce(q.prefix, ''), pg_temp.search_sql(acct, q.head, q.prefix));
        END LOOP;
        -- JooqEntryTimeline.slice: the first page and page 500 (its cursor: the 10 000th entry... at 1 000 entries an
        -- account, page 50 of 20 is the last; page 500 of a 10 000-entry account is measured on the big account).
        PERFORM pg_temp.measure('journal first page', '',
            format('SELECT * FROM journal_entries WHERE owner_id = %L ORDER BY created_at DESC, id DESC LIMIT 21', acct));
    END LOOP;
END $$;

-- One account with 20 000 entries, so that page 500 of 20 exists: keyset page 500 vs page 1, and what OFFSET cost.
DO $$
DECLARE big uuid := md5('search-account-1')::uuid; c record; i int;
BEGIN
    FOR i IN 1 .. 5 LOOP
        PERFORM pg_temp.measure('big journal page 1', '',
            format('SELECT * FROM journal_entries WHERE owner_id = %L ORDER BY created_at DESC, id DESC LIMIT 21', big));
        SELECT created_at, id INTO c FROM journal_entries WHERE owner_id = big
         ORDER BY created_at DESC, id DESC OFFSET 499 * 20 - 1 LIMIT 1;
        PERFORM pg_temp.measure('big journal page 500 (keyset)', '',
            format('SELECT * FROM journal_entries WHERE owner_id = %L AND (created_at, id) < (%L::timestamptz, %L::uuid) '
                   'ORDER BY created_at DESC, id DESC LIMIT 21', big, c.created_at, c.id));
        PERFORM pg_temp.measure('big journal count', '',
            format('SELECT count(*) FROM journal_entries WHERE owner_id = %L', big));
        PERFORM pg_temp.measure('big journal page 500 (OFFSET, before)', '',
            format('SELECT * FROM journal_entries WHERE owner_id = %L ORDER BY created_at DESC, id DESC LIMIT 20 OFFSET 9980', big));
        PERFORM pg_temp.measure('search on the big journal', 'the',
            pg_temp.search_sql(big, 'the', NULL));
        PERFORM pg_temp.measure('search on the big journal', 'lighthouse',
            pg_temp.search_sql(big, 'lighthouse', NULL));
    END LOOP;
END $$;

\echo kind | n | p50 ms | p95 ms | max ms | p95 buffers
SELECT kind, count(*), round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric, 2),
       round(percentile_cont(0.95) WITHIN GROUP (ORDER BY ms)::numeric, 2), round(max(ms)::numeric, 2),
       round(percentile_cont(0.95) WITHIN GROUP (ORDER BY buffers)::numeric)
  FROM bench_timings GROUP BY kind ORDER BY kind;
\echo slowest search queries (p95 per query over the accounts)
SELECT query, round(percentile_cont(0.95) WITHIN GROUP (ORDER BY ms)::numeric, 2) AS p95_ms
  FROM bench_timings WHERE kind = 'search' GROUP BY query ORDER BY 2 DESC LIMIT 6;
\o benchmarks/target/entry-search-plans.txt
SELECT kind, query, plan FROM bench_timings WHERE kind <> 'search' OR query IN ('the | ', 'lighthouse | ') ;
\o
