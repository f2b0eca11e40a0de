-- Orphan
--
-- Revision ID: m2
-- Revises: m1

-- +upgrade
CREATE TABLE orphan (id INTEGER PRIMARY KEY);
