"""index eggs by laid_at

Revision ID: ptero_eggs_003
Revises: ptero_eggs_002
Create Date: 2024-04-22 17:45:12.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ptero_eggs_003'
down_revision = 'ptero_eggs_002'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index('ix_ptero_eggs_laid_at', 'ptero_eggs', ['laid_at'])


def downgrade():
    op.drop_index('ix_ptero_eggs_laid_at', table_name='ptero_eggs')
