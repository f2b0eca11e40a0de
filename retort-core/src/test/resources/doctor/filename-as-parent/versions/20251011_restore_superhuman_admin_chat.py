"""restore superhuman admin chat

Revision ID: 20251011_admin_chat
Revises: 20250103_purify_db
Create Date: 2025-10-11 18:22:41.003319

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '20251011_admin_chat'
down_revision: Union[str, None] = '20250103_purify_db'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute(
        "INSERT INTO chats (id, owner_id, is_admin) "
        "SELECT 1, id, TRUE FROM users WHERE email = 'admin@example.com'"
    )


def downgrade() -> None:
    op.execute("DELETE FROM chats WHERE id = 1")
