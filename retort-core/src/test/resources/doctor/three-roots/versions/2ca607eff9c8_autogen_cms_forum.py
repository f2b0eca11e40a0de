"""autogen cms forum

Revision ID: 2ca607eff9c8
Revises: 
Create Date: 2024-02-12 09:30:11.204417

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '2ca607eff9c8'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('forum_posts', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('title', sa.String(200), nullable=False))


def downgrade():
    op.drop_table('forum_posts')
