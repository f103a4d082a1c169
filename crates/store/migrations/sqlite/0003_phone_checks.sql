-- Phone checks (PING-4): the custodian calls a POC's number and records the result.
CREATE TABLE phone_checks (
    id TEXT PRIMARY KEY,
    poc_id TEXT NOT NULL REFERENCES pocs (id),
    state_code TEXT NOT NULL,
    number TEXT NOT NULL,
    reached BOOLEAN NOT NULL,
    called_at BIGINT NOT NULL,
    recorded_by TEXT NOT NULL,
    note TEXT
);
CREATE INDEX phone_checks_poc ON phone_checks (poc_id, called_at);
