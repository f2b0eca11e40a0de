-- Add email to users
--
-- Revision ID: 2b8e4d0f3c21
-- Revises: 1a7f3c9e2b10
-- Create Date: 2025-01-07 11:30:00
-- Branch Labels:
-- Depends On:
-- Transaction: per-revision

-- +upgrade
ALTER TABLE users ADD COLUMN email VARCHAR(255);

-- +downgrade
ALTER TABLE users DROP COLUMN email;
