-- A count of changes to entries, kept by a trigger: the search index of each
-- instance reads this one row to know that nothing changed, instead of
-- fingerprinting the recent changes on every search (DIR-8).
CREATE TABLE pocs_changed (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    n BIGINT NOT NULL
);
INSERT INTO pocs_changed (id, n) VALUES (1, 0);
CREATE FUNCTION pocs_changed_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE pocs_changed SET n = n + 1 WHERE id = 1;
    RETURN NULL;
END
$$;
CREATE TRIGGER pocs_changed AFTER INSERT OR UPDATE OR DELETE ON pocs
    FOR EACH STATEMENT EXECUTE FUNCTION pocs_changed_count();
