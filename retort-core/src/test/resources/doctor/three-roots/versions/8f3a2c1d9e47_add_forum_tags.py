"""add forum tags

Revision ID: 8f3a2c1d9e47
Revises: 5d1e7b9a3c20
Create Date: 2024-03-18 10:12:09.310021

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '8f3a2c1d9e47'
down_revision = '5d1e7b9a3c20'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('forum_tags', sa.Column('post_id', sa.Integer(), sa.ForeignKey('forum_posts.id')), sa.Column('tag', sa.String(40)))


def downgrade():
    op.drop_table('forum_tags')
