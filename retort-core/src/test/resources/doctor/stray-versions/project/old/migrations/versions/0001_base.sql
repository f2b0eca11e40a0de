-- Base, old copy
--
-- Revision ID: 0001
-- Revises: 
-- Create Date: 2024-12-01 10:00:00
-- Branch Labels:
-- Depends On:

-- +upgrade
CREATE TABLE t_0001 (id BIGINT PRIMARY KEY);

-- +downgrade
DROP TABLE t_0001;
