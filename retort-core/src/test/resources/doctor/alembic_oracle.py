"""Test oracle: loads a versions folder with the real Alembic and prints what it sees.

Usage: python3 alembic_oracle.py VERSIONS_DIR
Prints "heads: ...", "bases: ..." and one "rev: ID <- PARENTS" line per revision walked from
the heads down to base. Exits 1 with the error on stderr when Alembic cannot load the graph.
"""
import sys

from alembic.script import ScriptDirectory


def main(folder):
    scripts = ScriptDirectory(folder, version_locations=[folder])
    heads = scripts.get_heads()
    bases = scripts.get_bases()
    print("heads:", " ".join(sorted(heads)))
    print("bases:", " ".join(sorted(bases)))
    for rev in scripts.walk_revisions("base", "heads"):
        parents = rev.down_revision
        if parents is None:
            parents = ()
        elif isinstance(parents, str):
            parents = (parents,)
        print("rev:", rev.revision, "<-", ",".join(parents))


if __name__ == "__main__":
    try:
        main(sys.argv[1])
    except Exception as e:  # the oracle reports any failure as data, not a traceback
        print("error: %s: %s" % (type(e).__name__, e), file=sys.stderr)
        sys.exit(1)
