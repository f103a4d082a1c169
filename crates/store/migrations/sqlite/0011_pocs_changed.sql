-- A count of changes to entries, kept by triggers: the search index of each
-- instance reads this one row to know that nothing changed, instead of
-- fingerprinting the recent changes on every search (DIR-8).
CREATE TABLE pocs_changed (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    n BIGINT NOT NULL
);
INSERT INTO pocs_changed (id, n) VALUES (1, 0);
CREATE TRIGGER pocs_changed_insert AFTER INSERT ON pocs
BEGIN
    UPDATE pocs_changed SET n = n + 1 WHERE id = 1;
END;
CREATE TRIGGER pocs_changed_update AFTER UPDATE ON pocs
BEGIN
    UPDATE pocs_changed SET n = n + 1 WHERE id = 1;
END;
CREATE TRIGGER pocs_changed_delete AFTER DELETE ON pocs
BEGIN
    UPDATE pocs_changed SET n = n + 1 WHERE id = 1;
END;
