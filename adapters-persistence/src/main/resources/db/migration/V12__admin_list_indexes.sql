-- Issue 17: the indexes the administrators' account list needed at 100 000 accounts, measured by
-- benchmarks/admin-search.sh (figures in benchmarks/README.md, "Administrators' account list"). Additive only:
-- three new indexes on users; a previous version of Journal ignores them. See docs/decisions/0023-administrators.md.

-- "Last sign-in, newest first" orders by last_sign_in_at DESC NULLS LAST (never signed in last, either way).
-- V11's (last_sign_in_at, id) gives ASC NULLS LAST forwards but only DESC NULLS FIRST backwards, so that sort
-- read and sorted all 100 000 rows for every page (about 3 400 pages of buffers and tens of milliseconds for
-- the first page); in this order a page is read off the index like the other sorts.
-- (Fenced from jOOQ's code generation, whose parser need not know DESC NULLS LAST or partial indexes;
-- PostgreSQL runs them as written.)
/* [jooq ignore start] */
CREATE INDEX users_last_sign_in_desc_idx ON users (last_sign_in_at DESC NULLS LAST, id DESC);
/* [jooq ignore stop] */

-- The filters "unverified" and "disabled": every list page also counts its matches, and without these the
-- count read the whole table (about 2 800 pages at 100 000 accounts). Partial, so each holds only the few
-- accounts it is for (15 % and 1.5 % in the benchmark's mix), and is scanned in created order for the
-- "created" sort. They cost one index write when an address is verified or an account disabled or enabled.
/* [jooq ignore start] */
CREATE INDEX users_unverified_idx ON users (created_at, id) WHERE email_verified_at IS NULL;
CREATE INDEX users_disabled_idx ON users (created_at, id) WHERE disabled_at IS NOT NULL;
/* [jooq ignore stop] */
