"""Test oracle: loads a versions folder with the real Alembic and prints what it sees.

Usage: python3 alembic_oracle.py VERSIONS_DIR
Prints "heads: ...", "bases: ..." and one "rev: ID <- PARENTS" line per revision walked from
the heads down to base. Exits 1 with the error on stderr when Alembic cannot load the graph.

python3 alembic_oracle.py --serve answers many folders in one process (Python and Alembic start
once): a folder per stdin line, for each one JSON line {"exit", "out", "err"} as the command
above would have exited and printed.
"""
import contextlib
import io
import json
import sys
import warnings

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


def run(folder):
    try:
        main(folder)
        return 0
    except Exception as e:  # the oracle reports any failure as data, not a traceback
        print("error: %s: %s" % (type(e).__name__, e), file=sys.stderr)
        return 1


def serve():
    for line in sys.stdin:
        out, err = io.StringIO(), io.StringIO()
        # a warning shows once per folder, as in a process of its own: any change to the filters
        # (here one that matches what no filter does, with the default action) forgets those shown
        with warnings.catch_warnings(), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            warnings.simplefilter("default", append=True)
            code = run(line.rstrip("\n"))
        sys.stdout.write(json.dumps({"exit": code, "out": out.getvalue(), "err": err.getvalue()}) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    if sys.argv[1] == "--serve":
        serve()
    else:
        sys.exit(run(sys.argv[1]))
