-- Add accounts
--
-- Revision ID: 20250110_accounts
-- Revises: 20250101_base
-- Create Date: 2025-01-10 10:00:00
-- Branch Labels:
-- Depends On:

-- +upgrade
CREATE TABLE t_20250110_accounts (id BIGINT PRIMARY KEY);

-- +downgrade
DROP TABLE t_20250110_accounts;
