-- Communications between States (MSG). Templates are data and versioned;
-- a thread is between two States; what is written is sealed with the key
-- from configuration (MSG-5), and only a digest of it goes to the audit log.

CREATE TABLE message_templates (
    key TEXT NOT NULL,
    version BIGINT NOT NULL,
    definition TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (key, version)
);

CREATE TABLE threads (
    id TEXT PRIMARY KEY,
    -- Threads of one alert to several States share it (MSG-6).
    alert_id TEXT,
    from_state TEXT NOT NULL,
    to_state TEXT NOT NULL,
    template_key TEXT NOT NULL,
    template_version BIGINT NOT NULL,
    urgency TEXT NOT NULL,
    tlp TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    ack_due_at BIGINT NOT NULL,
    acknowledged_at BIGINT,
    acknowledged_by TEXT,
    responded_at BIGINT,
    FOREIGN KEY (template_key, template_version) REFERENCES message_templates (key, version)
);
CREATE INDEX threads_from ON threads (from_state, created_at);
CREATE INDEX threads_to ON threads (to_state, created_at);

-- The receiving State's POCs the thread was addressed to.
CREATE TABLE thread_recipients (
    thread_id TEXT NOT NULL REFERENCES threads (id),
    poc_id TEXT NOT NULL REFERENCES pocs (id),
    PRIMARY KEY (thread_id, poc_id)
);

CREATE TABLE thread_messages (
    id TEXT PRIMARY KEY,
    thread_id TEXT NOT NULL REFERENCES threads (id),
    from_state TEXT NOT NULL,
    author_id TEXT NOT NULL,
    sealed TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX thread_messages_thread ON thread_messages (thread_id, created_at);

-- Escalation of a communication not acknowledged in time (MSG-3): step 1
-- to the receiving State's other POCs, step 2 to its national
-- administrators. One row per step, claimed once across instances.
CREATE TABLE thread_escalations (
    thread_id TEXT NOT NULL REFERENCES threads (id),
    step BIGINT NOT NULL,
    at BIGINT NOT NULL,
    recipients BIGINT NOT NULL,
    PRIMARY KEY (thread_id, step)
);

-- Consent to share (MSG-4): the receiving State asks the originator before
-- passing information to a third State; the scope is sealed like content.
CREATE TABLE consents (
    id TEXT PRIMARY KEY,
    thread_id TEXT NOT NULL REFERENCES threads (id),
    third_state TEXT NOT NULL,
    scope_sealed TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    requested_at BIGINT NOT NULL,
    decision TEXT,
    decided_by TEXT,
    decided_at BIGINT,
    forwarded_thread_id TEXT
);
CREATE INDEX consents_thread ON consents (thread_id);

-- Files attached to a thread (logs, reports). Name and bytes are sealed.
CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    thread_id TEXT NOT NULL REFERENCES threads (id),
    from_state TEXT NOT NULL,
    kind TEXT NOT NULL,
    size BIGINT NOT NULL,
    name_sealed TEXT NOT NULL,
    sealed TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX attachments_thread ON attachments (thread_id, created_at);
