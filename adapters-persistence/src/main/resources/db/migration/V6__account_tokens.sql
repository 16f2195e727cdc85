-- Password and account lifecycle (issue 9). See docs/decisions/0007-account-link-tokens.md.
--
-- The secrets of password-reset and email-change links, by their SHA-256 only (hex): a reader of this
-- table cannot use a link. One live token per account and purpose (the primary key): a newer link
-- replaces the older, which then fails. A link is spent with one
-- DELETE ... WHERE token_hash = ? AND purpose = ? AND expires_at > now RETURNING *, so a second use
-- finds nothing. The token is minted when its mail is delivered; the outbox never holds it.
CREATE TABLE account_tokens (
    user_id     uuid                     NOT NULL,
    -- password_reset or email_change
    purpose     varchar(20)              NOT NULL,
    token_hash  char(64)                 NOT NULL,
    -- The address the link was sent to: for a reset the account's address then (a reset link dies when
    -- the account moves to another address), for an email change the new address.
    email       varchar(254)             NOT NULL,
    expires_at  timestamp with time zone NOT NULL,
    created_at  timestamp with time zone NOT NULL,
    CONSTRAINT account_tokens_pk PRIMARY KEY (user_id, purpose),
    CONSTRAINT account_tokens_hash_uk UNIQUE (token_hash),
    CONSTRAINT account_tokens_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

-- The purge: DELETE ... WHERE expires_at < now.
CREATE INDEX account_tokens_expires_idx ON account_tokens (expires_at);

-- Two kinds of mail belong to no account: a reset asked for an address without a usable account
-- (queued all the same so both cases do the same work, dropped at delivery), and the final notice of a
-- deleted account (it must outlive the account, which the user_id foreign key would cascade it with).
ALTER TABLE account_mail_outbox ALTER COLUMN user_id DROP NOT NULL;
-- password_changed: through a reset link (every device signed out) or while signed in.
ALTER TABLE account_mail_outbox ADD COLUMN via_reset boolean;
