-- Create users
--
-- Revision ID: 1a7f3c9e2b10
-- Revises:
-- Create Date: 2026-01-05 10:00:00

-- +upgrade
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);

-- +downgrade
DROP TABLE users;
