-- Issue 16: passkeys (WebAuthn). Additive only: three new tables; nothing existing changes, so a previous
-- version of Journal ignores all of it (see the README's backout). See docs/decisions/0021-passkeys.md.

-- An account's WebAuthn user handle (user.id in the options): 32 random bytes made once, on the first
-- passkey ceremony, never the email or the database id. Kept out of users so the hot users row stays as it
-- is. Made race-safe with
--   INSERT ... ON CONFLICT (user_id) DO NOTHING; SELECT handle ... WHERE user_id = :u
-- so two racing first ceremonies read the same handle.
CREATE TABLE passkey_user_handles (
    user_id  uuid   NOT NULL,
    handle   bytea  NOT NULL,
    CONSTRAINT passkey_user_handles_pk PRIMARY KEY (user_id),
    CONSTRAINT passkey_user_handles_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
-- A discoverable sign-in finds the account by its handle. (Keys on bytea are fenced from jOOQ's code
-- generation, whose H2 simulation cannot index a binary column; PostgreSQL runs them as written.)
/* [jooq ignore start] */
ALTER TABLE passkey_user_handles ADD CONSTRAINT passkey_user_handles_handle_uk UNIQUE (handle);
/* [jooq ignore stop] */

-- The passkeys themselves. The credential id is the primary key: one credential belongs to one account,
-- whichever account tries to register it again is refused. A use is one compare-and-set
--   UPDATE passkeys SET signature_count = :new, backed_up = :bs, last_used_at = :now
--    WHERE credential_id = :id AND signature_count = :expected
-- so of two racing uses of one response exactly one wins.
CREATE TABLE passkeys (
    credential_id    bytea                    NOT NULL,
    user_id          uuid                     NOT NULL,
    name             varchar(256)             NOT NULL,
    public_key_cose  bytea                    NOT NULL,
    signature_count  bigint                   NOT NULL,
    -- The authenticator model, when it said (attestation "none" often gives all zeros).
    aaguid           uuid,
    -- How the browser may reach it ("internal", "hybrid", "usb", ...).
    transports       text[]                   NOT NULL,
    backup_eligible  boolean                  NOT NULL,
    backed_up        boolean                  NOT NULL,
    user_verified    boolean                  NOT NULL,
    created_at       timestamp with time zone NOT NULL,
    last_used_at     timestamp with time zone,
    CONSTRAINT passkeys_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT passkeys_counter_not_negative CHECK (signature_count >= 0)
);
/* [jooq ignore start] */
ALTER TABLE passkeys ADD CONSTRAINT passkeys_pk PRIMARY KEY (credential_id);
/* [jooq ignore stop] */

-- An account's passkeys (the list, the count, the cascade).
CREATE INDEX passkeys_user_idx ON passkeys (user_id, created_at);

-- Ceremonies in progress (about 5 minutes): the options sent to the browser, with their challenge, so any
-- node can finish what another began. Taken once with
--   DELETE FROM passkey_ceremonies WHERE id = :id AND kind = :kind AND expires_at > :now RETURNING *
-- so a replayed response, or a second finish, finds nothing.
CREATE TABLE passkey_ceremonies (
    id            uuid                     NOT NULL,
    -- registration, sign_in or confirmation.
    kind          varchar(20)              NOT NULL,
    -- The account and session that began it (registration, confirmation); null for a sign-in.
    user_id       uuid,
    session_id    uuid,
    options_json  text                     NOT NULL,
    created_at    timestamp with time zone NOT NULL,
    expires_at    timestamp with time zone NOT NULL,
    CONSTRAINT passkey_ceremonies_pk PRIMARY KEY (id),
    CONSTRAINT passkey_ceremonies_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT passkey_ceremonies_kind CHECK (kind IN ('registration', 'sign_in', 'confirmation'))
);

-- The purge: DELETE ... WHERE expires_at < :now.
CREATE INDEX passkey_ceremonies_expires_idx ON passkey_ceremonies (expires_at);
-- The cascade from users.
CREATE INDEX passkey_ceremonies_user_idx ON passkey_ceremonies (user_id);
