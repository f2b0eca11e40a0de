"""index events by type

Revision ID: 20250902_evt_type_idx
Revises: 0b5107e8283d
Create Date: 2024-09-02 08:45:30.000000

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '20250902_evt_type_idx'
down_revision = '0b5107e8283d'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_events_type', 'events', ['type'])


def downgrade() -> None:
    op.drop_index('ix_events_type', table_name='events')
