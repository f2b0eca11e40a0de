-- Base
--
-- Revision ID: 0001
-- Revises: 
-- Create Date: 2025-01-01 10:00:00
-- Branch Labels:
-- Depends On:

-- +upgrade
CREATE TABLE t_0001 (id BIGINT PRIMARY KEY);

-- +downgrade
DROP TABLE t_0001;
