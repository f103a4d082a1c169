-- Signed checkpoints of the audit log (NFR-3): its size and head hash,
-- signed with a key kept outside the database, as each State downloads them.
CREATE TABLE audit_checkpoints (
    size BIGINT PRIMARY KEY,
    head TEXT NOT NULL,
    note TEXT NOT NULL,
    at BIGINT NOT NULL
);
