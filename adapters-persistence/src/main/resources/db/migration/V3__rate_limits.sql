-- Rate limits shared by every Journal node: one fixed-window counter per (bucket, window). A node
-- counts an attempt with one INSERT ... ON CONFLICT DO UPDATE ... RETURNING hits, so concurrent
-- attempts on any number of nodes are counted exactly once each. Rows are worthless once their window
-- has ended (expires_at); the application deletes them on a schedule.
CREATE TABLE rate_limit_counters (
    -- What is being limited, e.g. 'login:account:ada@example.org'; long keys arrive hashed.
    bucket_key    varchar(300)             NOT NULL,
    window_start  timestamp with time zone NOT NULL,
    hits          integer                  NOT NULL,
    expires_at    timestamp with time zone NOT NULL,
    CONSTRAINT rate_limit_counters_pk PRIMARY KEY (bucket_key, window_start),
    CONSTRAINT rate_limit_counters_hits_positive CHECK (hits > 0)
);

-- The purge: DELETE ... WHERE expires_at < now.
CREATE INDEX rate_limit_counters_expires_idx ON rate_limit_counters (expires_at);
