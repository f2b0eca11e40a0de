"""add ptero eggs tracking

Revision ID: ptero_eggs_001
Revises: 
Create Date: 2024-04-03 13:37:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ptero_eggs_001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('ptero_eggs', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('laid_at', sa.DateTime(), nullable=False))


def downgrade():
    op.drop_table('ptero_eggs')
