-- The receiving State's accounts that may read a TLP:RED thread, fixed when
-- it is sent (ACC-6): later changes to entries or accounts never widen it.
CREATE TABLE thread_red_readers (
    thread_id TEXT NOT NULL REFERENCES threads (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    PRIMARY KEY (thread_id, user_id)
);
