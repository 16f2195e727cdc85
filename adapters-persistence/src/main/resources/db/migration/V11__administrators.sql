-- Issue 17: administrators. Additive only: one new column on users, one new table, new indexes; nothing
-- existing changes meaning, so a previous version of Journal ignores all of it (see the README's backout).
-- See docs/decisions/0023-administrators.md.

-- When the account last began a session (any way of signing in), written by the one place every sign-in
-- passes (SessionStarter). Null until the first sign-in after this migration.
ALTER TABLE users ADD COLUMN last_sign_in_at timestamp with time zone;

-- The administrators' list: a prefix search on the address and the three sorts, each with the id as the
-- tie-break so paging is stable. "contains" is a sequential scan (pg_trgm needs CREATE EXTENSION, which the
-- application's role may not have; its cost at 100 000 accounts is not measured yet: issue 17's benchmark).
/* [jooq ignore start] */
CREATE INDEX users_email_prefix_idx ON users (email varchar_pattern_ops);
/* [jooq ignore stop] */
CREATE INDEX users_created_idx ON users (created_at, id);
CREATE INDEX users_last_sign_in_idx ON users (last_sign_in_at, id);

-- The administrators' audit log: who did what to which account, when, why and from where. Append-only:
-- no code path updates or deletes a row, and the trigger below refuses it anyway. No foreign keys: the
-- rows outlive the accounts they name (a deleted account's row keeps its address).
CREATE TABLE admin_audit (
    id              uuid                     NOT NULL,
    at              timestamp with time zone NOT NULL,
    -- Null when the configuration acted (journal.admin.emails granting the role at a sign-in).
    actor_user_id   uuid,
    -- The administrator's address at the time, or "configuration".
    actor_email     varchar(254)             NOT NULL,
    -- role_granted, role_revoked, signed_out, disabled, enabled, second_factor_reset, password_reset_mail,
    -- verification_mail, deleted.
    action          varchar(40)              NOT NULL,
    target_user_id  uuid,
    target_email    varchar(254),
    reason          varchar(500),
    client_ip       varchar(64),
    user_agent      varchar(512),
    CONSTRAINT admin_audit_pk PRIMARY KEY (id)
);
CREATE INDEX admin_audit_at_idx ON admin_audit (at, id);
CREATE INDEX admin_audit_target_idx ON admin_audit (target_user_id, at);
CREATE INDEX admin_audit_actor_idx ON admin_audit (actor_user_id, at);

/* [jooq ignore start] */
CREATE FUNCTION admin_audit_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'admin_audit is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER admin_audit_append_only BEFORE UPDATE OR DELETE ON admin_audit
    FOR EACH ROW EXECUTE FUNCTION admin_audit_refuse_change();
CREATE TRIGGER admin_audit_no_truncate BEFORE TRUNCATE ON admin_audit
    FOR EACH STATEMENT EXECUTE FUNCTION admin_audit_refuse_change();
/* [jooq ignore stop] */
