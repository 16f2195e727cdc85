-- Issue 10: a refresh is one statement whose UPDATE is HOT, and every session that ends tells every node.
-- See docs/decisions/0009-one-statement-refresh-and-notified-revocation.md.
--
-- A HOT update (heap-only tuple) writes no index entry and leaves its dead version on the same page,
-- where the next reader prunes it without VACUUM. PostgreSQL can do one only when the UPDATE changes no
-- indexed column and the page has room for the new version. A rotation changes refresh_id,
-- previous_refresh_id, rotated_at and last_used_at; a revocation revoked_at and revoke_reason. So:

-- 1. No index on refresh_id. Every lookup is by the session id the refresh token carries; the swap
--    compares refresh_id on that one row. The unique key guarded nothing a random 122-bit id and the
--    (id, refresh_id) compare-and-swap do not: a refresh id works only for the session it belongs to.
ALTER TABLE user_sessions DROP CONSTRAINT user_sessions_refresh_id_uk;

-- 2. A user's sessions by user id alone (device list, "sign out all others", revoke all): last_used_at
--    left the index because every rotation changes it. A person has a handful of sessions; ordering
--    them in memory after the index lookup costs nothing.
DROP INDEX user_sessions_user_idx;
CREATE INDEX user_sessions_user_idx ON user_sessions (user_id);

-- 3. Room on every page for the next version of its rows: a row is ~250 bytes, so 30 % of a page
--    holds about nine new versions before a prune must free space. Applies to pages written from now
--    on (a fresh database: all of them; an existing one: after VACUUM FULL or as pages are rewritten).
/* [jooq ignore start] */
ALTER TABLE user_sessions SET (fillfactor = 70);
/* [jooq ignore stop] */

-- 4. Every way a session ends, in one place: logout, device revocation, sign out others, reuse
--    detection, revoke-all (password reset or change): revoked_at becomes non-null; deleting a user:
--    its sessions are deleted by ON DELETE CASCADE. Each sends the session id on channel
--    journal_session_ended when its transaction commits (never for a rollback), and each node's
--    in-memory view of active sessions forgets it. Expiry needs no notice: the view trusts an answer
--    only until the session's own idle or absolute deadline.
/* [jooq ignore start] */
CREATE FUNCTION user_sessions_notify_ended() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('journal_session_ended', OLD.id::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER user_sessions_revoked
    AFTER UPDATE OF revoked_at ON user_sessions
    FOR EACH ROW
    WHEN (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL)
    EXECUTE FUNCTION user_sessions_notify_ended();

CREATE TRIGGER user_sessions_deleted
    AFTER DELETE ON user_sessions
    FOR EACH ROW
    EXECUTE FUNCTION user_sessions_notify_ended();
/* [jooq ignore stop] */
