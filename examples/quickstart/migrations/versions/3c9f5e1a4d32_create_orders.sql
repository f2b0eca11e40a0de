-- Create orders
--
-- Revision ID: 3c9f5e1a4d32
-- Revises: 2b8e4d0f3c21
-- Create Date: 2025-01-08 09:15:00
-- Branch Labels:
-- Depends On:
-- Transaction: per-revision

-- +upgrade
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    total NUMERIC(10, 2) NOT NULL
);

-- +downgrade
DROP TABLE orders;
