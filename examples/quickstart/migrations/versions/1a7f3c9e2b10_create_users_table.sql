-- Create users table
--
-- Revision ID: 1a7f3c9e2b10
-- Revises:
-- Create Date: 2025-01-06 10:00:00
-- Branch Labels:
-- Depends On:
-- Transaction: per-revision

-- +upgrade
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);

-- +downgrade
DROP TABLE users;
