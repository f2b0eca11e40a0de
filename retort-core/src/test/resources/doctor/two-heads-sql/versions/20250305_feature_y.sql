-- Feature Y: coupons
--
-- Revision ID: 20250305_feature_y
-- Revises: 20250110_accounts
-- Create Date: 2025-03-05 16:30:00
-- Branch Labels:
-- Depends On:

-- +upgrade
CREATE TABLE t_20250305_feature_y (id BIGINT PRIMARY KEY);

-- +downgrade
DROP TABLE t_20250305_feature_y;
