-- Account mail waiting to be delivered (issue 8): written in the same transaction as the change that
-- causes it, deleted once sent or given up. No live secret is kept: a verification mail stores who
-- and where only, and its token is minted when it is sent.
-- Delivery (any node): claim due rows with UPDATE ... WHERE id IN (SELECT ... FOR UPDATE SKIP LOCKED),
-- which pushes next_attempt_at out by a lease and counts the attempt; report the outcome guarded by
-- (id, attempts). See docs/decisions/0005-durable-account-mail.md.
CREATE TABLE account_mail_outbox (
    id               uuid                     NOT NULL,
    -- verification, new_device_sign_in, refresh_token_replayed, other_devices_signed_out, ...
    kind             varchar(40)              NOT NULL,
    user_id          uuid                     NOT NULL,
    recipient        varchar(320)             NOT NULL,
    -- The facts a notice tells (null where a kind has none).
    occurred_at      timestamp with time zone,
    device           text,
    client_ip        text,
    session_id       uuid,
    signed_out_count integer,
    queued_at        timestamp with time zone NOT NULL,
    attempts         integer                  NOT NULL,
    next_attempt_at  timestamp with time zone NOT NULL,
    last_error       text,
    CONSTRAINT account_mail_outbox_pk PRIMARY KEY (id),
    CONSTRAINT account_mail_outbox_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT account_mail_outbox_attempts_not_negative CHECK (attempts >= 0)
);

-- The claim: due rows, oldest due first.
CREATE INDEX account_mail_outbox_due_idx ON account_mail_outbox (next_attempt_at);
-- The cascade from users.
CREATE INDEX account_mail_outbox_user_idx ON account_mail_outbox (user_id);
