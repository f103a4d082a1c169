-- Communication checks (PING): a campaign sends each POC address a check
-- message with a single-use acknowledgement link and measures the answer.

CREATE TABLE campaigns (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    selection TEXT NOT NULL,
    launched_by TEXT NOT NULL,
    launched_at BIGINT NOT NULL,
    closes_at BIGINT NOT NULL
);

CREATE TABLE checks (
    id TEXT PRIMARY KEY,
    campaign_id TEXT NOT NULL REFERENCES campaigns (id),
    poc_id TEXT NOT NULL REFERENCES pocs (id),
    state_code TEXT NOT NULL,
    region TEXT NOT NULL,
    poc_type TEXT NOT NULL,
    address TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    outbox_id TEXT NOT NULL,
    status TEXT NOT NULL,
    sent_at BIGINT,
    acknowledged_at BIGINT,
    acknowledged_via TEXT,
    acknowledged_by TEXT
);
CREATE INDEX checks_campaign ON checks (campaign_id, state_code);
CREATE INDEX checks_outbox ON checks (outbox_id);
CREATE INDEX checks_state ON checks (state_code, status);
