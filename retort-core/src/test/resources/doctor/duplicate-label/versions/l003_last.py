"""last

Revision ID: l003
Revises: l002
Create Date: 2025-01-03 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'l003'
down_revision = 'l002'
branch_labels = ['l001']
depends_on = None


def upgrade():
    op.create_table('c', sa.Column('id', sa.Integer(), primary_key=True))


def downgrade():
    op.drop_table('c')
