"""link users to oauth accounts

Revision ID: e9f1a3b5c7d9
Revises: d4e6a8b0c1f2
Create Date: 2024-07-02 12:00:31.554006

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e9f1a3b5c7d9'
down_revision = 'd4e6a8b0c1f2'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('oauth_accounts', sa.Column('user_id', sa.Integer(), nullable=True))


def downgrade():
    op.drop_column('oauth_accounts', 'user_id')
