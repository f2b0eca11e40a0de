#!/usr/bin/env python3
"""Times Retort's and Alembic's graph commands on the same generated projects.

Generates projects of N revisions (a main line that branches every 50 revisions into two lines
of 10 that merge again) as Retort SQL files and as Alembic .py files, then runs each command
several times and prints the median wall time and Retort's ratio to Alembic.
Also times `retort doctor` on both projects (no Alembic counterpart; target 1 s at 10,000).
With --vs OTHER (another checkout's bin/retort), times every Retort command with this launcher
and OTHER in turn, run by run, and prints both medians and the median of the per-pair ratios,
plus `retort heads` in examples/quickstart (start-up); Alembic is not run then.
Usage: bench/graph/bench.py [--sizes 1000,10000] [--runs 5] [--vs OTHER/bin/retort]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
WORK = os.path.join(HERE, "work")
RETORT = os.path.join(ROOT, "bin", "retort")
ALEMBIC = ["/usr/bin/python3", "-m", "alembic"]


def graph(n):
    """Yields (id, parents) for n revisions with regular branches and merges."""
    revs = []
    i = 0
    tip = None
    while len(revs) < n:
        if i % 50 == 49 and n - len(revs) > 22:
            left, right = tip, tip
            for k in range(10):
                a, b = "r%06da%02d" % (i, k), "r%06db%02d" % (i, k)
                revs.append((a, [left]))
                revs.append((b, [right]))
                left, right = a, b
            tip = "r%06dm" % i
            revs.append((tip, [left, right]))
        else:
            rid = "r%06d" % i
            revs.append((rid, [tip] if tip else []))
            tip = rid
        i += 1
    return revs


def write_retort(path, revs):
    versions = os.path.join(path, "migrations", "versions")
    os.makedirs(versions)
    with open(os.path.join(path, "retort.toml"), "w") as f:
        f.write('[retort]\nscript_location = "migrations"\nurl = "jdbc:sqlite:bench.db"\n')
    for rid, parents in revs:
        with open(os.path.join(versions, rid + "_step.sql"), "w") as f:
            f.write("-- Step %s\n--\n-- Revision ID: %s\n-- Revises: %s\n"
                    "-- Create Date: 2025-01-01 00:00:00\n\n"
                    "-- +upgrade\nCREATE TABLE t_%s (id INTEGER PRIMARY KEY);\n\n"
                    "-- +downgrade\nDROP TABLE t_%s;\n" % (rid, rid, ", ".join(parents), rid, rid))


def write_alembic(path, revs):
    versions = os.path.join(path, "migrations", "versions")
    os.makedirs(versions)
    with open(os.path.join(path, "alembic.ini"), "w") as f:
        f.write("[alembic]\nscript_location = migrations\n")
    for rid, parents in revs:
        down = "None" if not parents else repr(parents[0]) if len(parents) == 1 else repr(tuple(parents))
        with open(os.path.join(versions, rid + "_step.py"), "w") as f:
            f.write('"""Step %s\n\nRevision ID: %s\nRevises: %s\nCreate Date: 2025-01-01 00:00:00\n\n"""\n'
                    "from alembic import op\nimport sqlalchemy as sa\n\n"
                    "revision = %r\ndown_revision = %s\nbranch_labels = None\ndepends_on = None\n\n\n"
                    "def upgrade():\n    op.create_table('t_%s', sa.Column('id', sa.Integer, primary_key=True))\n\n\n"
                    "def downgrade():\n    op.drop_table('t_%s')\n"
                    % (rid, rid, ", ".join(parents), rid, down, rid, rid))


def once(cmd, cwd):
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    took = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit("failed: %s in %s\n%s" % (" ".join(cmd), cwd, done.stderr.decode()[-2000:]))
    return took


def timed(cmd, cwd, runs):
    return statistics.median([once(cmd, cwd) for _ in range(runs)])


def paired(args, other, cwd, runs):
    """Medians of bin/retort ARGS and OTHER ARGS run in turn, and the median per-pair ratio."""
    mine, theirs = [], []
    for _ in range(runs):
        mine.append(once([RETORT] + args, cwd))
        theirs.append(once([other] + args, cwd))
    ratios = [a / b for a, b in zip(mine, theirs)]
    return statistics.median(mine), statistics.median(theirs), statistics.median(ratios)


def compare(other, sizes, runs):
    """bin/retort against another launcher (--vs), paired runs."""
    subprocess.run([other, "--help"], stdout=subprocess.DEVNULL, check=True)  # its build and archive
    print("%-8s %-9s %10s %10s %8s" % ("size", "command", "this s", "other s", "ratio"))
    example = os.path.join(ROOT, "examples", "quickstart")
    a, b, r = paired(["heads"], other, example, runs)
    print("%-8s %-9s %10.3f %10.3f %7.2fx" % ("example", "heads", a, b, r))
    for n in sizes:
        revs = graph(n)
        r_dir, a_dir = os.path.join(WORK, "retort-%d" % n), os.path.join(WORK, "alembic-%d" % n)
        write_retort(r_dir, revs)
        write_alembic(a_dir, revs)
        rows = [("heads", r_dir, ["heads"]), ("history", r_dir, ["history"]), ("doctor", r_dir, ["doctor"]),
                ("doctor.py", a_dir, ["doctor", os.path.join(a_dir, "migrations", "versions")])]
        for name, cwd, cmd in rows:
            a, b, r = paired(cmd, other, cwd, runs)
            print("%-8d %-9s %10.3f %10.3f %7.2fx" % (len(revs), name, a, b, r))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--vs", metavar="OTHER", help="another checkout's bin/retort to compare with, run by run")
    args = ap.parse_args()
    subprocess.run([RETORT, "--help"], stdout=subprocess.DEVNULL, check=True)  # builds the jar once
    shutil.rmtree(WORK, ignore_errors=True)
    if args.vs:
        compare(os.path.abspath(args.vs), [int(s) for s in args.sizes.split(",")], args.runs)
        shutil.rmtree(WORK, ignore_errors=True)
        return
    print("%-8s %-9s %10s %10s %8s" % ("size", "command", "retort s", "alembic s", "ratio"))
    for n in [int(s) for s in args.sizes.split(",")]:
        revs = graph(n)
        r_dir, a_dir = os.path.join(WORK, "retort-%d" % n), os.path.join(WORK, "alembic-%d" % n)
        write_retort(r_dir, revs)
        write_alembic(a_dir, revs)
        rows = [
            ("heads", [RETORT, "heads"], ALEMBIC + ["heads"]),
            ("history", [RETORT, "history"], ALEMBIC + ["history"]),
            ("doctor", [RETORT, "doctor"], None),
        ]
        for name, rcmd, acmd in rows:
            try:
                rt = timed(rcmd, r_dir, args.runs)
            except SystemExit as e:
                print("%-8d %-9s %10s   (%s)" % (len(revs), name, "n/a", str(e).splitlines()[0][:60]))
                continue
            if acmd is None:
                print("%-8d %-9s %10.3f %10s %8s" % (len(revs), name, rt, "-", "-"))
                continue
            at = timed(acmd, a_dir, args.runs)
            print("%-8d %-9s %10.3f %10.3f %7.2fx" % (len(revs), name, rt, at, rt / at))
        # doctor on the Alembic project's folder, without any retort.toml (DESIGN section 7)
        rt = timed([RETORT, "doctor", os.path.join(a_dir, "migrations", "versions")], a_dir, args.runs)
        print("%-8d %-9s %10.3f %10s %8s" % (len(revs), "doctor.py", rt, "-", "-"))
    shutil.rmtree(WORK, ignore_errors=True)


main()
