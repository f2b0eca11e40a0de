-- Create account
--
-- Revision ID: a1
-- Revises:

-- +upgrade
CREATE TABLE account (
    id INTEGER PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);

-- +downgrade
DROP TABLE account;
