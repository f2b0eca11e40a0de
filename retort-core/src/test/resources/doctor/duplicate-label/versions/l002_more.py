"""more

Revision ID: l002
Revises: l001
Create Date: 2025-01-02 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'l002'
down_revision = 'l001'
branch_labels = 'core'
depends_on = None


def upgrade():
    op.create_table('b', sa.Column('id', sa.Integer(), primary_key=True))


def downgrade():
    op.drop_table('b')
