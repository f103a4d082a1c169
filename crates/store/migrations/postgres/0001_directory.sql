-- The secure directory: States, accounts, entries and their versions, audit.
-- PostgreSQL: poc_terms.term uses the "C" collation so prefix ranges follow code points, as in SQLite.
-- Portable subset: TEXT UUIDv7 ids, BIGINT epoch milliseconds (UTC), BOOLEAN, TEXT holding JSON.

CREATE TABLE states (
    code TEXT PRIMARY KEY,
    participating_since BIGINT,
    admitted_by TEXT,
    admission_ref TEXT,
    account_mode TEXT NOT NULL,
    pm_email TEXT,
    updated_at BIGINT NOT NULL
);

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    state_code TEXT,
    password_hash TEXT,
    status TEXT NOT NULL,
    locale TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX users_state ON users (state_code);

-- Second factors. TOTP today; WebAuthn credentials sit beside it as another kind.
CREATE TABLE mfa_factors (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    kind TEXT NOT NULL,
    secret TEXT NOT NULL,
    label TEXT NOT NULL,
    last_step BIGINT,
    confirmed BOOLEAN NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX mfa_factors_user ON mfa_factors (user_id);

CREATE TABLE recovery_codes (
    user_id TEXT NOT NULL REFERENCES users (id),
    code_hash TEXT NOT NULL,
    used_at BIGINT,
    PRIMARY KEY (user_id, code_hash)
);

CREATE TABLE invitations (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    stage TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    revoked_at BIGINT,
    user_agent TEXT NOT NULL,
    ip TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE login_throttle (
    key TEXT PRIMARY KEY,
    failures BIGINT NOT NULL,
    window_start BIGINT NOT NULL,
    locked_until BIGINT NOT NULL
);

CREATE TABLE access_requests (
    id TEXT PRIMARY KEY,
    state_code TEXT NOT NULL,
    requester_name TEXT NOT NULL,
    requester_title TEXT NOT NULL,
    email TEXT NOT NULL,
    note_verbale_ref TEXT NOT NULL,
    message TEXT,
    locale TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    decided_at BIGINT,
    decided_by TEXT,
    decision_ref TEXT,
    decision_reason TEXT
);
CREATE INDEX access_requests_status ON access_requests (status, created_at);

-- One row per POC: its published state, kept beside the versions for fast reads.
CREATE TABLE pocs (
    id TEXT PRIMARY KEY,
    state_code TEXT NOT NULL,
    poc_type TEXT NOT NULL,
    status TEXT NOT NULL,
    published_version_id TEXT,
    published_fields TEXT,
    entity TEXT NOT NULL,
    languages TEXT NOT NULL,
    last_confirmed_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX pocs_state ON pocs (state_code, status);
CREATE INDEX pocs_updated ON pocs (updated_at);
-- The directory's browsing order, so a page of 50 never sorts the whole table.
CREATE INDEX pocs_browse ON pocs (status, state_code, poc_type, entity, id);

-- Every submitted version of every entry (DIR-5, DIR-6): never updated but to record the decision.
CREATE TABLE poc_versions (
    id TEXT PRIMARY KEY,
    poc_id TEXT NOT NULL REFERENCES pocs (id),
    state_code TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    fields TEXT NOT NULL,
    diff TEXT NOT NULL,
    submitted_by TEXT NOT NULL,
    submitted_at BIGINT NOT NULL,
    on_behalf_ref TEXT,
    effective_from BIGINT,
    decided_by TEXT,
    decided_at BIGINT,
    verification_channel TEXT,
    verification_ref TEXT,
    rejection_reason TEXT
);
CREATE INDEX poc_versions_poc ON poc_versions (poc_id, submitted_at);
CREATE INDEX poc_versions_status ON poc_versions (status, state_code, submitted_at);

CREATE TABLE poc_terms (
    term TEXT COLLATE "C" NOT NULL,
    poc_id TEXT NOT NULL,
    PRIMARY KEY (term, poc_id)
);
CREATE INDEX poc_terms_poc ON poc_terms (poc_id);

CREATE TABLE problem_reports (
    id TEXT PRIMARY KEY,
    poc_id TEXT NOT NULL REFERENCES pocs (id),
    state_code TEXT NOT NULL,
    reported_by TEXT NOT NULL,
    kind TEXT NOT NULL,
    detail TEXT,
    created_at BIGINT NOT NULL,
    resolved_at BIGINT,
    resolved_by TEXT
);
CREATE INDEX problem_reports_poc ON problem_reports (poc_id, resolved_at);

-- Durable outbox (NFR-4): written in the transaction of the change that causes it.
CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    status TEXT NOT NULL,
    attempts BIGINT NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    sent_at BIGINT,
    last_error TEXT
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);

-- Append-only, hash-chained audit log (NFR-3).
CREATE TABLE audit_log (
    seq BIGINT PRIMARY KEY,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    detail TEXT NOT NULL,
    chain_hash TEXT NOT NULL
);

-- The chain's head: updating it first serialises appends on both backends.
CREATE TABLE audit_head (
    id BIGINT PRIMARY KEY,
    seq BIGINT NOT NULL,
    chain_hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, chain_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
