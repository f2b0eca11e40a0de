-- Create note
--
-- Revision ID: k1
-- Revises:

-- +upgrade
CREATE TABLE note (id INTEGER PRIMARY KEY, body VARCHAR(10));

-- +downgrade
DROP TABLE note;
