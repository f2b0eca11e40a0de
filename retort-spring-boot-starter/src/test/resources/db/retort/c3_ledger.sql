-- Create ledger
--
-- Revision ID: c3
-- Revises: b2

-- +upgrade
CREATE TABLE ledger (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL
);

-- +downgrade
DROP TABLE ledger;
