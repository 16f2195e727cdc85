-- Issue 15: sign-in in two steps (an authenticator-app factor and recovery codes) and "confirm it's you".
-- Additive only: five new tables and one new nullable outbox column; nothing existing changes. A previous
-- version of Journal ignores all of it (see the README's backout).
-- See docs/decisions/0015-totp-and-recovery-codes.md.
--
-- Every "use" is one guarded statement, so two requests with the same code race to exactly one success
-- under READ COMMITTED: the loser's UPDATE/DELETE waits for the winner, re-checks its guard on the winner's
-- row and takes nothing. The hot UPDATEs below change no indexed column, so they are HOT.

-- An account's TOTP factor: at most one, confirmed (two-step verification on) or still being enrolled
-- (confirmed_at null). The secret is stored sealed (AES-GCM by the application); the database never holds
-- it in the clear. A code is taken with
--   UPDATE user_totp SET last_used_step = :step
--    WHERE user_id = :u AND confirmed_at IS NOT NULL AND last_used_step < :step
-- (the compare-and-set that makes an accepted code unusable again; -1: no step used yet).
CREATE TABLE user_totp (
    user_id         uuid                     NOT NULL,
    secret_sealed   bytea                    NOT NULL,
    confirmed_at    timestamp with time zone,
    last_used_step  bigint                   NOT NULL DEFAULT -1,
    created_at      timestamp with time zone NOT NULL,
    CONSTRAINT user_totp_pk PRIMARY KEY (user_id),
    CONSTRAINT user_totp_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT user_totp_step_not_below_none CHECK (last_used_step >= -1)
);

-- Recovery codes, by their keyed digest only (64 hex digits): a reader of this table cannot use one.
-- The primary key serves every lookup (an account's codes; one code of an account) and the cascade.
-- A code is spent with UPDATE ... SET used_at = :now WHERE user_id = :u AND code_digest = :d AND used_at IS
-- NULL; a used code stays (so "how many are left" and the activity can tell) until the set is replaced.
CREATE TABLE recovery_codes (
    user_id      uuid                     NOT NULL,
    code_digest  char(64)                 NOT NULL,
    created_at   timestamp with time zone NOT NULL,
    used_at      timestamp with time zone,
    CONSTRAINT recovery_codes_pk PRIMARY KEY (user_id, code_digest),
    CONSTRAINT recovery_codes_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    -- char(n) pads a shorter value with blanks; a digest is always 64 characters.
    CONSTRAINT recovery_codes_digest_length CHECK (char_length(code_digest) = 64)
);

-- Sign-ins whose password was right and that wait for their second step (about 5 minutes), by the
-- SHA-256 (hex) of the token the client holds. No session exists for them. Finishing one is
--   DELETE ... WHERE token_hash = :h AND expires_at > :now RETURNING *
-- so it works once; a wrong code is counted with
--   UPDATE ... SET failed_attempts = failed_attempts + 1 WHERE token_hash = :h AND expires_at > :now
--   RETURNING failed_attempts.
CREATE TABLE pending_second_steps (
    token_hash       char(64)                 NOT NULL,
    user_id          uuid                     NOT NULL,
    -- What the sign-in asked for ("keep me signed in" or not): persistent or browser_session.
    persistence      varchar(20)              NOT NULL,
    user_agent       varchar(512),
    client_ip        varchar(64),
    created_at       timestamp with time zone NOT NULL,
    expires_at       timestamp with time zone NOT NULL,
    failed_attempts  integer                  NOT NULL DEFAULT 0,
    CONSTRAINT pending_second_steps_pk PRIMARY KEY (token_hash),
    CONSTRAINT pending_second_steps_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT pending_second_steps_persistence CHECK (persistence IN ('persistent', 'browser_session')),
    CONSTRAINT pending_second_steps_failures_not_negative CHECK (failed_attempts >= 0)
);

-- Void every pending sign-in of an account (a change of credentials), and the cascade from users.
CREATE INDEX pending_second_steps_user_idx ON pending_second_steps (user_id);
-- The purge: DELETE ... WHERE expires_at < :cutoff.
CREATE INDEX pending_second_steps_expires_idx ON pending_second_steps (expires_at);

-- Browsers the account holder trusts for a while ("trust this browser for 30 days"): the browser holds a
-- random token in an HttpOnly cookie; only its SHA-256 (hex) is stored, with its account. Void the moment
-- its row is gone (removed on the devices page, a change of credentials, two-step turned off).
CREATE TABLE trusted_browsers (
    id          uuid                     NOT NULL,
    user_id     uuid                     NOT NULL,
    token_hash  char(64)                 NOT NULL,
    -- How the devices page names it ("Firefox on Linux").
    device      text                     NOT NULL,
    created_at  timestamp with time zone NOT NULL,
    expires_at  timestamp with time zone NOT NULL,
    CONSTRAINT trusted_browsers_pk PRIMARY KEY (id),
    CONSTRAINT trusted_browsers_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    -- The sign-in's lookup: WHERE token_hash = :h AND expires_at > :now.
    CONSTRAINT trusted_browsers_hash_uk UNIQUE (token_hash)
);

-- An account's marks (the devices page, void all), and the cascade from users.
CREATE INDEX trusted_browsers_user_idx ON trusted_browsers (user_id);
-- The purge.
CREATE INDEX trusted_browsers_expires_idx ON trusted_browsers (expires_at);

-- When a session last confirmed it is its person ("confirm it's you", like GitHub's sudo mode): sensitive
-- changes check it on the server. Kept out of user_sessions on purpose: a confirmation is rare, a refresh
-- is not, and the refresh's one-statement rotation stays exactly as V7 laid it out (HOT, unchanged; see
-- docs/decisions/0009-one-statement-refresh-and-notified-revocation.md). A mark dies with its session row
-- (and so with its user). Written with
--   INSERT INTO session_confirmations SELECT id, :at FROM user_sessions
--    WHERE id = :s AND user_id = :u AND revoked_at IS NULL
--   ON CONFLICT (session_id) DO UPDATE SET confirmed_at = EXCLUDED.confirmed_at
-- so only a live session of that user can be marked.
CREATE TABLE session_confirmations (
    session_id    uuid                     NOT NULL,
    confirmed_at  timestamp with time zone NOT NULL,
    CONSTRAINT session_confirmations_pk PRIMARY KEY (session_id),
    CONSTRAINT session_confirmations_session_fk FOREIGN KEY (session_id) REFERENCES user_sessions (id)
        ON DELETE CASCADE
);

-- A number a notice tells (null where a kind has none): recovery codes left, wrong codes in a row, ...
ALTER TABLE account_mail_outbox ADD COLUMN amount integer;
