-- Create base tables
--
-- Revision ID: 20250101_base
-- Revises: 
-- Create Date: 2025-01-01 10:00:00
-- Branch Labels:
-- Depends On:

-- +upgrade
CREATE TABLE t_20250101_base (id BIGINT PRIMARY KEY);

-- +downgrade
DROP TABLE t_20250101_base;
