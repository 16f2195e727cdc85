-- Issue 17, continued: what the administrators' account list still needed to answer every page in a few
-- milliseconds at 100 000 accounts (benchmarks/admin-search.sh; figures in benchmarks/README.md, "After capped
-- totals"; the reasoning in docs/decisions/0023-administrators.md). Indexes only, and one trusted extension; a
-- previous version of Journal ignores them (no code names an index; each one dropped here is replaced by one
-- that serves the same searches and sorts). Everything is fenced from jOOQ's code generation (its DDL
-- parser knows neither INCLUDE, GIN, operator classes nor extensions); PostgreSQL runs it as written.
/* [jooq ignore start] */

-- The address: the prefix search and the address sort, with the id in the index, so a page's ids come off the
-- index alone (an index-only scan) however deep the page. The list orders addresses by this index's own order
-- (byte order: ORDER BY email USING ~<~), which a prefix search and every collation share; V11's index
-- without the id made a deep page visit the table once per row skipped (60-300 ms at 100 000 accounts).
CREATE INDEX users_email_pattern_idx ON users (email varchar_pattern_ops) INCLUDE (id);
DROP INDEX users_email_prefix_idx;

-- The sorts by creation and by last sign-in, with the address in the index: a search sorted by one of them
-- walks its index and tests each address there (an index-only scan) instead of visiting the table for each
-- account it passes over ("anna" by newest: 2 500 pages read for the first page, 30 with the address here).
-- They replace V11's and V12's indexes of the same keys. Sign-ins already rewrite every index entry of the row
-- (last_sign_in_at is indexed, so the update is not HOT); the address only makes the entries larger.
CREATE INDEX users_created_email_idx ON users (created_at, id) INCLUDE (email);
DROP INDEX users_created_idx;
CREATE INDEX users_last_sign_in_email_idx ON users (last_sign_in_at, id) INCLUDE (email);
DROP INDEX users_last_sign_in_idx;
CREATE INDEX users_last_sign_in_desc_email_idx ON users (last_sign_in_at DESC NULLS LAST, id DESC) INCLUDE (email);
DROP INDEX users_last_sign_in_desc_idx;

-- "Contains": a trigram index, so a search for a few letters anywhere in the address reads the accounts that
-- have them instead of every account (a sequential scan of the table, 2 800 pages at 100 000 accounts).
-- pg_trgm is a trusted extension since PostgreSQL 13, like unaccent (V13): the database's owner may create it
-- without being a superuser. Inserts pay one GIN update (batched by GIN's pending list).
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
CREATE INDEX users_email_trgm_idx ON users USING gin (email gin_trgm_ops);

-- The filters "two-step on" / "two-step off": the accounts with a confirmed second factor, in id order, so the
-- count is a merge (anti-)join with the users' primary key that stops at the count's limit, instead of hashing
-- all of user_totp on every page. Written when two-step is turned on or off, not when a code is used.
CREATE INDEX user_totp_confirmed_idx ON user_totp (user_id) WHERE confirmed_at IS NOT NULL;

/* [jooq ignore stop] */
