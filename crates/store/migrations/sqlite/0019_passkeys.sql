-- Passkeys (ACC-3): WebAuthn credentials, a second factor beside TOTP.
-- `credential` is the library's own record of the credential (its public
-- key, signature counter and flags), never a secret.
CREATE TABLE passkeys (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    credential_id TEXT NOT NULL UNIQUE,
    credential TEXT NOT NULL,
    aaguid TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT
);
CREATE INDEX passkeys_user ON passkeys (user_id);

-- A WebAuthn ceremony between its two steps, bound to the session that
-- began it: the challenge is the server's, whichever instance answers.
CREATE TABLE passkey_ceremonies (
    session_hash TEXT NOT NULL,
    purpose TEXT NOT NULL,
    state TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    PRIMARY KEY (session_hash, purpose)
);

-- The one grace period a custodian without a passkey has to enrol one;
-- set at its first sign-in without one, and never moved by the custodian.
ALTER TABLE users ADD COLUMN passkey_grace_until BIGINT;
