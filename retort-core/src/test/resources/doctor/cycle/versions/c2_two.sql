-- Two
--
-- Revision ID: c2
-- Revises: c1
-- Create Date: 2025-01-03 10:00:00
-- Branch Labels:
-- Depends On:

-- +upgrade
CREATE TABLE t_c2 (id BIGINT PRIMARY KEY);

-- +downgrade
DROP TABLE t_c2;
