"""last

Revision ID: h0003
Revises: h002
Create Date: 2025-01-03 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'h003'
down_revision = 'h002'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('c', sa.Column('id', sa.Integer(), primary_key=True))


def downgrade():
    op.drop_table('c')
