-- Capacity-building initiatives and expert meetings (CAP-2): proposed by a
-- State, published or declined by the custodian.
CREATE TABLE initiatives (
    id TEXT PRIMARY KEY,
    state_code TEXT NOT NULL,
    kind TEXT NOT NULL,
    topic TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    title_en TEXT,
    description_en TEXT,
    written_in TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT,
    organiser TEXT NOT NULL,
    contact TEXT NOT NULL,
    contact_public BIGINT NOT NULL,
    languages TEXT NOT NULL,
    open_to_all BIGINT NOT NULL,
    status TEXT NOT NULL,
    submitted_by TEXT NOT NULL,
    submitted_at BIGINT NOT NULL,
    decided_by TEXT,
    decided_at BIGINT,
    decline_reason TEXT
);
CREATE INDEX initiatives_status ON initiatives (status, starts_on);
