-- Merge orders and reporting
--
-- Revision ID: 5eb1703c6f54
-- Revises: 3c9f5e1a4d32, 4da06f2b5e43
-- Create Date: 2025-01-09 08:00:00
-- Branch Labels:
-- Depends On:
-- Transaction: per-revision

-- +upgrade

-- +downgrade
