"""invoices

Revision ID: d002
Revises: d001
Create Date: 2025-01-02 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd002'
down_revision = 'd001'
branch_labels = None
depends_on = 'billng'


def upgrade():
    op.create_table('b', sa.Column('id', sa.Integer(), primary_key=True))


def downgrade():
    op.drop_table('b')
