"""base

Revision ID: aa01
Revises: 
Create Date: 2025-01-01 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'aa01'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('a', sa.Column('id', sa.Integer(), primary_key=True))


def downgrade():
    op.drop_table('a')
