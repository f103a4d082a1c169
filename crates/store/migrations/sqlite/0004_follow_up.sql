-- Follow-up of checks (PING-3) and scheduled jobs (PING-1, DIR-7).
-- A check now has several links (the first message, then the reminder), so
-- token hashes move to their own table with the message that carried them; the check records when it was
-- reminded and escalated and why it is unreachable. SQLite cannot drop a
-- UNIQUE column, so the table is rebuilt.

ALTER TABLE checks RENAME TO checks_old;

CREATE TABLE checks (
    id TEXT PRIMARY KEY,
    campaign_id TEXT NOT NULL REFERENCES campaigns (id),
    poc_id TEXT NOT NULL REFERENCES pocs (id),
    state_code TEXT NOT NULL,
    region TEXT NOT NULL,
    poc_type TEXT NOT NULL,
    address TEXT NOT NULL,
    status TEXT NOT NULL,
    sent_at BIGINT,
    acknowledged_at BIGINT,
    acknowledged_via TEXT,
    acknowledged_by TEXT,
    reminded_at BIGINT,
    escalated_at BIGINT,
    unreachable_reason TEXT
);

INSERT INTO checks (id, campaign_id, poc_id, state_code, region, poc_type, address, status,
                    sent_at, acknowledged_at, acknowledged_via, acknowledged_by)
SELECT id, campaign_id, poc_id, state_code, region, poc_type, address, status,
       sent_at, acknowledged_at, acknowledged_via, acknowledged_by
FROM checks_old;

CREATE TABLE check_tokens (
    token_hash TEXT PRIMARY KEY,
    check_id TEXT NOT NULL REFERENCES checks (id),
    -- The message that carried the link: a bounce of it names the check.
    outbox_id TEXT NOT NULL,
    issued_at BIGINT NOT NULL
);
INSERT INTO check_tokens (token_hash, check_id, outbox_id, issued_at)
SELECT token_hash, id, outbox_id, COALESCE(sent_at, 0) FROM checks_old;

DROP TABLE checks_old;

CREATE INDEX checks_campaign ON checks (campaign_id, state_code);
CREATE INDEX checks_state ON checks (state_code, status);
CREATE INDEX checks_poc ON checks (poc_id, status);
CREATE INDEX check_tokens_check ON check_tokens (check_id);
CREATE INDEX check_tokens_outbox ON check_tokens (outbox_id);

-- One row per job and slot: a slot runs once, however many instances run
-- and however often they restart.
CREATE TABLE job_runs (
    job TEXT NOT NULL,
    slot TEXT NOT NULL,
    ran_at BIGINT NOT NULL,
    outcome TEXT NOT NULL,
    PRIMARY KEY (job, slot)
);
