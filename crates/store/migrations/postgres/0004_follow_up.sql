-- Follow-up of checks (PING-3) and scheduled jobs (PING-1, DIR-7).
-- A check now has several links (the first message, then the reminder), so
-- token hashes move to their own table with the message that carried them; the check records when it was
-- reminded and escalated and why it is unreachable.

ALTER TABLE checks
    ADD COLUMN reminded_at BIGINT,
    ADD COLUMN escalated_at BIGINT,
    ADD COLUMN unreachable_reason TEXT;

CREATE TABLE check_tokens (
    token_hash TEXT PRIMARY KEY,
    check_id TEXT NOT NULL REFERENCES checks (id),
    -- The message that carried the link: a bounce of it names the check.
    outbox_id TEXT NOT NULL,
    issued_at BIGINT NOT NULL
);
INSERT INTO check_tokens (token_hash, check_id, outbox_id, issued_at)
SELECT token_hash, id, outbox_id, COALESCE(sent_at, 0) FROM checks;

ALTER TABLE checks DROP COLUMN token_hash, DROP COLUMN outbox_id;

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
