-- Add email
--
-- Revision ID: 2b8e4d0f3c21
-- Revises: 1a7f3c9e2b10
-- Create Date: 2026-01-06 10:00:00

-- +upgrade
ALTER TABLE users ADD COLUMN email VARCHAR(200);

-- +downgrade
-- retort:allow drop-column the column was added by this revision
ALTER TABLE users DROP COLUMN email;
