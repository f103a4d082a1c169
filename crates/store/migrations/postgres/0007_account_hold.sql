-- An account created in a State by someone other than its own
-- administrators cannot be used before this time (ACC-6); they may block it
-- meanwhile.
ALTER TABLE users ADD COLUMN held_until BIGINT;
