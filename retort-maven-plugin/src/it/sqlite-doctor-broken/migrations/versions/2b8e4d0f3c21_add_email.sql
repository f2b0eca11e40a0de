-- Add email, after a revision that was deleted
--
-- Revision ID: 2b8e4d0f3c21
-- Revises: 9d9d9d9d9d9d
-- Create Date: 2026-01-06 10:00:00

-- +upgrade
ALTER TABLE users ADD COLUMN email VARCHAR(200);

-- +downgrade
ALTER TABLE users DROP COLUMN email;
