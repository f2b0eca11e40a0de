-- Copy
--
-- Revision ID: 1111
-- Revises: 
-- Create Date: 2025-01-02 10:00:00
-- Branch Labels:
-- Depends On:

-- +upgrade
CREATE TABLE t_1111 (id BIGINT PRIMARY KEY);

-- +downgrade
DROP TABLE t_1111;
