-- Usage statistics (USE-1): how many sign-ins, look-ups, searches and
-- exports, per month and per region of the acting user's State. Counts
-- only: nothing says who looked up whom.
CREATE TABLE usage_counts (
    month TEXT NOT NULL,
    region TEXT NOT NULL,
    event TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (month, region, event)
);
