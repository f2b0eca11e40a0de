"""Corpus oracle: what `alembic heads`, `alembic history` and `alembic branches` answer for a
versions folder, with current Alembic's load order.

Usage: python3 oracle.py VERSIONS_DIR
Alembic 1.8 lists a folder with os.listdir (unsorted, not recursive); Alembic 1.10+ walks it with
os.walk, files sorted, then subfolders sorted (recursive_version_locations). The installed 1.8.1
is given that walk, so the answers are those of a current Alembic on the same files.
Prints "heads: ...", then "history: ID" lines (walk_revisions, heads to base) and
"branch: ID" lines, each in Alembic's order.
"""
import os
import sys
import warnings

from alembic.script import Script, ScriptDirectory

warnings.simplefilter("ignore")


def sorted_walk(cls, scriptdir, path):
    paths = []
    for root, dirs, files in os.walk(path, topdown=True):
        if root.endswith("__pycache__"):
            continue
        for filename in sorted(files):
            paths.append(os.path.relpath(os.path.join(root, filename), path))
        dirs.sort()
    return paths


Script._list_py_dir = classmethod(sorted_walk)


def main(folder):
    scripts = ScriptDirectory(folder, version_locations=[folder])
    print("heads:", " ".join(r.revision for r in scripts.get_revisions("heads")))
    for rev in scripts.walk_revisions("base", "heads"):
        print("history:", rev.revision)
    for rev in scripts.walk_revisions():
        if rev.is_branch_point:
            print("branch:", rev.revision)


if __name__ == "__main__":
    main(sys.argv[1])
