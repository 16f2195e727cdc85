-- The journal as it was before accounts: every entry belongs to one owner (until V2 there is only
-- the shared demo owner, so there is nothing to reference yet).
CREATE TABLE journal_entries (
    id          uuid                     NOT NULL,
    owner_id    uuid                     NOT NULL,
    title       varchar(800)             NOT NULL,
    body        text                     NOT NULL,
    created_at  timestamp with time zone NOT NULL,
    updated_at  timestamp with time zone NOT NULL,
    CONSTRAINT journal_entries_pk PRIMARY KEY (id),
    CONSTRAINT journal_entries_title_not_blank CHECK (length(trim(title)) > 0)
);

-- "My entries, newest first", page by page.
CREATE INDEX journal_entries_owner_created_idx ON journal_entries (owner_id, created_at DESC, id DESC);
