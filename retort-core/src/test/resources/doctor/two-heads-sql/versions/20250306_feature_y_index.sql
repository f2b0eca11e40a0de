-- Feature Y: coupon index
--
-- Revision ID: 20250306_feature_y_index
-- Revises: 20250305_feature_y
-- Create Date: 2025-03-06 08:00:00
-- Branch Labels:
-- Depends On:

-- +upgrade
CREATE TABLE t_20250306_feature_y_index (id BIGINT PRIMARY KEY);

-- +downgrade
DROP TABLE t_20250306_feature_y_index;
