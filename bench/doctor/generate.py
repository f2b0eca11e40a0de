"""Writes N Alembic revision files (one chain, Alembic's current template) into a folder.

Usage: python3 generate.py FOLDER [N]   (N defaults to 10000)
Every 500th revision names its parent by file name, so doctor has findings to report.
"""
import os
import sys

TEMPLATE = '''"""step {i}

Revision ID: {rid}
Revises: {doc_parent}
Create Date: 2025-01-01 00:00:{sec:02d}.{i:06d}

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = {rid!r}
down_revision: Union[str, None] = {parent}
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "t{i}",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("t{i}")
'''


def main(folder, n):
    os.makedirs(folder, exist_ok=True)
    for i in range(n):
        rid = "%012x" % (0x1000 + i * 7919)
        name = "%s_step_%d" % (rid, i)
        if i == 0:
            parent, doc_parent = "None", ""
        else:
            prev = "%012x" % (0x1000 + (i - 1) * 7919)
            ref = prev if i % 500 else "%s_step_%d" % (prev, i - 1)
            parent, doc_parent = repr(ref), ref
        with open(os.path.join(folder, name + ".py"), "w") as f:
            f.write(TEMPLATE.format(i=i, rid=rid, parent=parent, doc_parent=doc_parent, sec=i % 60))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10000)
