-- Three
--
-- Revision ID: c3
-- Revises: c2
-- Create Date: 2025-01-04 10:00:00
-- Branch Labels:
-- Depends On:

-- +upgrade
CREATE TABLE t_c3 (id BIGINT PRIMARY KEY);

-- +downgrade
DROP TABLE t_c3;
