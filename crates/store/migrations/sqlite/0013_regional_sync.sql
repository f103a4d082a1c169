-- Regional directories (INT-3): clients registered by the custodian, each
-- with its own credential (only its SHA-256 is kept), and each State's
-- decision to share its entries with one of them.
CREATE TABLE regional_clients (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    secret_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    created_by TEXT NOT NULL,
    last_used_at BIGINT,
    revoked_at BIGINT
);
CREATE TABLE sharing_consents (
    state_code TEXT NOT NULL,
    client_id TEXT NOT NULL REFERENCES regional_clients (id),
    status TEXT NOT NULL,
    decided_at BIGINT NOT NULL,
    decided_by TEXT NOT NULL,
    sync_seq BIGINT NOT NULL,
    PRIMARY KEY (state_code, client_id)
);
-- One counter orders every change a regional copy must follow: an entry
-- published or withdrawn, a consent granted or revoked. Taking the next
-- value locks the row, so changes commit in the order of their numbers.
CREATE TABLE sync_clock (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    n BIGINT NOT NULL
);
INSERT INTO sync_clock (id, n) VALUES (1, 0);
ALTER TABLE pocs ADD COLUMN sync_seq BIGINT NOT NULL DEFAULT 0;
CREATE INDEX pocs_sync ON pocs (sync_seq);
