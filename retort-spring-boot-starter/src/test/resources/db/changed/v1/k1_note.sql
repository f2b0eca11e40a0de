-- Create note
--
-- Revision ID: k1
-- Revises:

-- +upgrade
CREATE TABLE note (id INTEGER PRIMARY KEY);

-- +downgrade
DROP TABLE note;
