-- Add audit
--
-- Revision ID: 2b8e4d0f3c21
-- Revises: 1a7f3c9e2b10
-- Create Date: 2026-01-06 10:00:00

-- +upgrade
CREATE TABLE audit (id INTEGER PRIMARY KEY);
INSERT INTO no_such_table VALUES (1);

-- +downgrade
DROP TABLE audit;
