-- One
--
-- Revision ID: c1
-- Revises: c3
-- Create Date: 2025-01-02 10:00:00
-- Branch Labels:
-- Depends On:

-- +upgrade
CREATE TABLE t_c1 (id BIGINT PRIMARY KEY);

-- +downgrade
DROP TABLE t_c1;
