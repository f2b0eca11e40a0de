"""add forum moderation

Revision ID: 5d1e7b9a3c20
Revises: 2ca607eff9c8
Create Date: 2024-02-27 15:01:45.882190

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5d1e7b9a3c20'
down_revision = '2ca607eff9c8'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('forum_posts', sa.Column('hidden', sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade():
    op.drop_column('forum_posts', 'hidden')
