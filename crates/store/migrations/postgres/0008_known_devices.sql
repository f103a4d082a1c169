-- Browsers where a user completed sign-in: failures from elsewhere never
-- lock the user out on them (ACC-3).
CREATE TABLE known_devices (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX known_devices_user ON known_devices (user_id);
