"""add hatch dates

Revision ID: ptero_eggs_002
Revises: ptero_eggs_001
Create Date: 2024-04-10 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ptero_eggs_002'
down_revision = 'ptero_eggs_001'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('ptero_eggs', sa.Column('hatched_at', sa.DateTime(), nullable=True))


def downgrade():
    op.drop_column('ptero_eggs', 'hatched_at')
