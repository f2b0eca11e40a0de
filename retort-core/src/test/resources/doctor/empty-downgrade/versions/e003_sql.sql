-- SQL with an empty downgrade
--
-- Revision ID: e003
-- Revises: e002
-- Create Date: 2025-01-03 10:00:00
-- Branch Labels:
-- Depends On:

-- +upgrade
CREATE TABLE t_e003 (id BIGINT PRIMARY KEY);

-- +downgrade
-- nothing to undo, surely
