-- Feature X: invoices
--
-- Revision ID: 20250301_feature_x
-- Revises: 20250110_accounts
-- Create Date: 2025-03-01 09:00:00
-- Branch Labels:
-- Depends On:

-- +upgrade
CREATE TABLE t_20250301_feature_x (id BIGINT PRIMARY KEY);

-- +downgrade
DROP TABLE t_20250301_feature_x;
