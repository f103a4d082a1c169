-- An email whose content is encrypted to the recipient's OpenPGP key
-- (MSG-3): the armoured OpenPGP message, sent as PGP/MIME (RFC 3156).
-- `body` then holds only what may be read in clear.
ALTER TABLE outbox ADD COLUMN encrypted TEXT;

-- A notification that went without its content because the addressed
-- entry's key could not be used: the sender is told why, on the thread.
CREATE TABLE thread_key_problems (
    thread_id TEXT NOT NULL REFERENCES threads (id),
    poc_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    at BIGINT NOT NULL,
    PRIMARY KEY (thread_id, poc_id)
);
