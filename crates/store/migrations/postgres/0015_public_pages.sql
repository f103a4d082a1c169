-- The public pages' texts the custodian edits (PUB-1): each save is a new
-- version of one page in one language; the newest is shown.
CREATE TABLE public_pages (
    page TEXT NOT NULL,
    lang TEXT NOT NULL,
    version BIGINT NOT NULL,
    body TEXT NOT NULL,
    saved_by TEXT NOT NULL,
    saved_at BIGINT NOT NULL,
    PRIMARY KEY (page, lang, version)
);
