-- Next
--
-- Revision ID: 2222
-- Revises: 1111
-- Create Date: 2025-01-03 10:00:00
-- Branch Labels:
-- Depends On:

-- +upgrade
CREATE TABLE t_2222 (id BIGINT PRIMARY KEY);

-- +downgrade
DROP TABLE t_2222;
