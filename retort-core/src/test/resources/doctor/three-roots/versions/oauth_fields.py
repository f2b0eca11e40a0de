"""oauth fields

Revision ID: b7c41e0f2a93
Revises: 
Create Date: 2024-05-20 11:03:27.645213

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b7c41e0f2a93'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('oauth_accounts', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('provider', sa.String(32), nullable=False))


def downgrade():
    op.drop_table('oauth_accounts')
