"""feature y

Revision ID: cc03
Revises: aa01
Create Date: 2025-02-03 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'cc03'
down_revision = 'aa01'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('y', sa.Column('id', sa.Integer(), primary_key=True))


def downgrade():
    op.drop_table('y')
