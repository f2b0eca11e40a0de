-- Base
--
-- Revision ID: a1
-- Revises: 
-- Create Date: 2025-01-01 10:00:00
-- Branch Labels:
-- Depends On:

-- +upgrade
CREATE TABLE t_a1 (id BIGINT PRIMARY KEY);

-- +downgrade
DROP TABLE t_a1;
