-- The further POC types the custodian offers (DIR-2). Diplomatic and
-- technical are always offered and have no row. A type in use when this
-- table was made stays offered, as it was before.
CREATE TABLE poc_types (
    code TEXT PRIMARY KEY,
    enabled BOOLEAN NOT NULL,
    changed_at BIGINT,
    changed_by TEXT
);
INSERT INTO poc_types (code, enabled)
SELECT t.code, EXISTS (SELECT 1 FROM pocs WHERE pocs.poc_type = t.code)
FROM (SELECT 'legal' AS code UNION ALL SELECT 'law_enforcement'
      UNION ALL SELECT 'assistance' UNION ALL SELECT 'policy_coordination') AS t;
