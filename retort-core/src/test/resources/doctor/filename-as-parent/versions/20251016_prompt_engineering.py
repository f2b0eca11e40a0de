"""Add prompt engineering tables

Revision ID: 20251016_prompt_engineering
Revises: 20251011_restore_superhuman_admin_chat
Create Date: 2025-10-16 09:12:44.250115

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "20251016_prompt_engineering"
down_revision: Union[str, None] = "20251011_restore_superhuman_admin_chat"  # restore admin chat first
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "prompt",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("prompt")
