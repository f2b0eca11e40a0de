-- Create report tables
--
-- Reporting lives on its own branch until it is merged with orders.
--
-- Revision ID: 4da06f2b5e43
-- Revises: 2b8e4d0f3c21
-- Create Date: 2025-01-08 14:45:00
-- Branch Labels: reporting
-- Depends On:
-- Transaction: per-revision

-- +upgrade
CREATE TABLE daily_signups (
    signup_date DATE PRIMARY KEY,
    signups INTEGER NOT NULL
);

-- +downgrade
DROP TABLE daily_signups;
