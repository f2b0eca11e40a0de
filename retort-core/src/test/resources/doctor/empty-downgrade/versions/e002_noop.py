"""a revision that does nothing

Revision ID: e002
Revises: e001
Create Date: 2025-01-02 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e002'
down_revision = 'e001'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
