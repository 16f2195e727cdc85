-- Security activity (issue 8): an append-only record of what happened to an account, written by the
-- use case that causes it (in its transaction). Rows are purged after journal.activity.retention.
CREATE TABLE account_activity (
    id            uuid                     NOT NULL,
    user_id       uuid                     NOT NULL,
    -- When it happened; for sign_in_refused, the latest attempt of the window.
    at            timestamp with time zone NOT NULL,
    -- signed_in, sign_in_refused, signed_out, session_revoked, other_sessions_revoked,
    -- refresh_token_replayed, email_verified (later: password_changed, password_reset, email_changed)
    kind          varchar(40)              NOT NULL,
    -- The device in words ("Firefox on Windows"), never the raw user agent.
    device        varchar(200)             NOT NULL,
    client_ip     varchar(64),
    -- The session the row concerns (not a foreign key: the history outlives its sessions).
    session_id    uuid,
    -- sign_in_refused only: the start of its window. One row per account per window (see the index).
    window_start  timestamp with time zone,
    count         integer                  NOT NULL,
    new_device    boolean                  NOT NULL,
    CONSTRAINT account_activity_pk PRIMARY KEY (id),
    CONSTRAINT account_activity_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT account_activity_count_positive CHECK (count > 0)
);

-- "This account's activity, newest first", page by page; also "has this account signed in from ...".
CREATE INDEX account_activity_user_at_idx ON account_activity (user_id, at DESC, id DESC);

-- Refused sign-ins are counted into one row per account and window with one
-- INSERT ... ON CONFLICT (user_id, kind, window_start) DO UPDATE SET count = count + 1. Every other
-- kind has no window_start, and NULLs never conflict, so they are plain appends.
CREATE UNIQUE INDEX account_activity_window_uk ON account_activity (user_id, kind, window_start);

-- The purge: DELETE ... WHERE at < now - retention.
CREATE INDEX account_activity_at_idx ON account_activity (at);
