"""oauth token expiry

Revision ID: c2d85f16e3b4
Revises: b7c41e0f2a93
Create Date: 2024-05-28 08:20:55.120873

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c2d85f16e3b4'
down_revision = 'b7c41e0f2a93'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('oauth_accounts', sa.Column('expires_at', sa.DateTime(), nullable=True))


def downgrade():
    op.drop_column('oauth_accounts', 'expires_at')
