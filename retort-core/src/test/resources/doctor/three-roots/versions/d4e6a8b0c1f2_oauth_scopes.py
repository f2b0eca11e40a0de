"""oauth scopes

Revision ID: d4e6a8b0c1f2
Revises: c2d85f16e3b4
Create Date: 2024-06-11 16:40:02.993410

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd4e6a8b0c1f2'
down_revision = 'c2d85f16e3b4'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('oauth_accounts', sa.Column('scopes', sa.Text(), nullable=True))


def downgrade():
    op.drop_column('oauth_accounts', 'scopes')
