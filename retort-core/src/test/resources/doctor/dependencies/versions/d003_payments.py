"""payments

Revision ID: d003
Revises: d002
Create Date: 2025-01-03 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd003'
down_revision = 'd002'
branch_labels = None
depends_on = ('d002_invoices', 'no_such_revision')


def upgrade():
    op.create_table('c', sa.Column('id', sa.Integer(), primary_key=True))


def downgrade():
    op.drop_table('c')
