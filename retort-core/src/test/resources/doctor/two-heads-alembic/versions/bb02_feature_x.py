"""feature x

Revision ID: bb02
Revises: aa01
Create Date: 2025-02-01 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'bb02'
down_revision = 'aa01'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('x', sa.Column('id', sa.Integer(), primary_key=True))


def downgrade():
    op.drop_table('x')
