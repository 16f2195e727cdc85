-- Accounts (seed M1.T1): users and their server-side sessions. This migration adds exactly these
-- two tables; it also gives the existing journal entries their owner as a foreign key and creates
-- the shared demo user that demo mode signs everyone in as.
CREATE TABLE users (
    id                 uuid                     NOT NULL,
    email              varchar(254)             NOT NULL,
    password_hash      varchar(512),
    email_verified_at  timestamp with time zone,
    roles              jsonb                    NOT NULL /* [jooq ignore start] */ DEFAULT '["user"]'::jsonb /* [jooq ignore stop] */,
    disabled_at        timestamp with time zone,
    created_at         timestamp with time zone NOT NULL DEFAULT current_timestamp,
    updated_at         timestamp with time zone NOT NULL DEFAULT current_timestamp,
    CONSTRAINT users_pk PRIMARY KEY (id),
    CONSTRAINT users_email_uk UNIQUE (email),
    -- Stored normalised (trimmed, lower case); the application normalises, the database insists.
    CONSTRAINT users_email_normalised CHECK (email = lower(trim(email)))
);
/* [jooq ignore start] */
ALTER TABLE users ADD CONSTRAINT users_roles_is_array CHECK (jsonb_typeof(roles) = 'array');
/* [jooq ignore stop] */

CREATE TABLE user_sessions (
    id                   uuid                     NOT NULL,
    user_id              uuid                     NOT NULL,
    -- The current refresh generation (the refresh token's rid). Only this one may rotate.
    refresh_id           uuid                     NOT NULL,
    -- Rotation bookkeeping: the generation before, and when it was replaced.
    previous_refresh_id  uuid,
    rotated_at           timestamp with time zone,
    created_at           timestamp with time zone NOT NULL,
    last_used_at         timestamp with time zone NOT NULL,
    expires_at           timestamp with time zone NOT NULL,
    revoked_at           timestamp with time zone,
    revoke_reason        varchar(32),
    user_agent           varchar(512),
    client_ip            varchar(64),
    CONSTRAINT user_sessions_pk PRIMARY KEY (id),
    CONSTRAINT user_sessions_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT user_sessions_refresh_id_uk UNIQUE (refresh_id),
    CONSTRAINT user_sessions_revocation CHECK ((revoked_at IS NULL) = (revoke_reason IS NULL))
);

-- A user's devices.
CREATE INDEX user_sessions_user_idx ON user_sessions (user_id, last_used_at DESC);

-- The shared demo user (no password: nobody can log in as it; demo mode issues its tokens).
-- roles takes its default, ["user"]. Code generation needs no rows, so it skips this statement.
/* [jooq ignore start] */
INSERT INTO users (id, email, password_hash, email_verified_at, created_at, updated_at)
VALUES ('00000000-0000-4000-8000-00000000de30', 'demo@journal.invalid', NULL, current_timestamp,
        current_timestamp, current_timestamp);
/* [jooq ignore stop] */

ALTER TABLE journal_entries
    ADD CONSTRAINT journal_entries_owner_fk FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE CASCADE;
