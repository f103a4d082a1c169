-- Exercises (EXR-1): a scenario, the States taking part, timed injects
-- delivered as communications marked EXERCISE, and their own record.
CREATE TABLE exercises (
    id TEXT PRIMARY KEY,
    -- draft, running, paused, finished, canceled
    status TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    started_at BIGINT,
    -- When the current pause began; the exercise clock stops meanwhile.
    paused_at BIGINT,
    -- Earlier pauses, summed, in milliseconds.
    paused_ms BIGINT NOT NULL,
    ended_at BIGINT
);

-- The scenario, in one or more of the six languages.
CREATE TABLE exercise_texts (
    exercise_id TEXT NOT NULL REFERENCES exercises (id),
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    narrative TEXT NOT NULL,
    PRIMARY KEY (exercise_id, lang)
);

CREATE TABLE exercise_pauses (
    exercise_id TEXT NOT NULL REFERENCES exercises (id),
    at BIGINT NOT NULL,
    resumed_at BIGINT,
    PRIMARY KEY (exercise_id, at)
);

-- A State invited; its answer; whether its lessons learned carry its name.
CREATE TABLE exercise_states (
    exercise_id TEXT NOT NULL REFERENCES exercises (id),
    state TEXT NOT NULL,
    invited_at BIGINT NOT NULL,
    answer TEXT,
    answered_by TEXT,
    answered_at BIGINT,
    named BIGINT NOT NULL,
    PRIMARY KEY (exercise_id, state)
);

-- The entries a State named as its players: the injects address them.
CREATE TABLE exercise_players (
    exercise_id TEXT NOT NULL REFERENCES exercises (id),
    state TEXT NOT NULL,
    poc_id TEXT NOT NULL REFERENCES pocs (id),
    PRIMARY KEY (exercise_id, poc_id)
);

-- One step of the timeline. Released at `offset_s` of exercise time from
-- the start, that long after another inject, or by hand; its expectations
-- are due within their seconds of release and expire after `expiry_s`.
CREATE TABLE injects (
    id TEXT PRIMARY KEY,
    exercise_id TEXT NOT NULL REFERENCES exercises (id),
    seq BIGINT NOT NULL,
    -- Empty: exercise control; otherwise the name of a simulated State.
    sender TEXT NOT NULL,
    -- State codes separated by spaces.
    to_states TEXT NOT NULL,
    template_key TEXT NOT NULL,
    template_version BIGINT NOT NULL,
    urgency TEXT NOT NULL,
    tlp TEXT NOT NULL,
    -- The template's fields as JSON: written by control, not by a State.
    fields TEXT NOT NULL,
    -- at, after, manual
    release_kind TEXT NOT NULL,
    offset_s BIGINT NOT NULL,
    after_id TEXT,
    expect_ack_s BIGINT,
    expect_answer_s BIGINT,
    expiry_s BIGINT NOT NULL,
    released_at BIGINT,
    -- The exercise clock when it was released, pauses left out.
    released_clock BIGINT
);
CREATE INDEX injects_exercise ON injects (exercise_id, seq);

-- Lessons learned, in the player's language.
CREATE TABLE exercise_lessons (
    id TEXT PRIMARY KEY,
    exercise_id TEXT NOT NULL REFERENCES exercises (id),
    state TEXT NOT NULL,
    author_id TEXT NOT NULL,
    lang TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX exercise_lessons_exercise ON exercise_lessons (exercise_id, created_at);

-- The notification emails of an exercise's threads, to tell a bounce or a
-- failed delivery from silence in the after-action report.
CREATE TABLE exercise_emails (
    thread_id TEXT NOT NULL REFERENCES threads (id),
    outbox_id TEXT NOT NULL,
    PRIMARY KEY (thread_id, outbox_id)
);

-- An exercise's threads stay out of the States' real record and counts.
ALTER TABLE threads ADD COLUMN exercise_id TEXT;
ALTER TABLE threads ADD COLUMN inject_id TEXT;
-- Who an exercise thread says it is from: empty for exercise control.
ALTER TABLE threads ADD COLUMN sender TEXT;
CREATE INDEX threads_exercise ON threads (exercise_id);
