#!/usr/bin/env python3
"""Applies N revisions (CREATE TABLE with 3 columns + CREATE INDEX each) to the local
PostgreSQL with Retort, raw `psql -f` of the same SQL (the limit), Alembic, Flyway and
Liquibase, resetting the database between runs, and prints each time and its ratio to psql.
Usage: bench/apply/bench.py [--sizes 1000,10000] [--tools retort,psql,alembic,flyway,liquibase] [--repeat N]
                           [--vs OTHER/bin/retort]
With --repeat N every tool runs N times, in rounds (each round runs every tool once, so a busy
machine slows them alike), and the best time counts; the median is shown beside it.
With --vs, another checkout's launcher runs as the tool "vs" right beside this one in every round
(the two swap places from round to round), and the median of the per-round ratios is printed.
Needs: psql, python3-alembic + python3-psycopg2 (Debian), Maven for the Flyway/Liquibase runner.
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
DB = "retort_bench_apply"
PG = ["-h", "127.0.0.1", "-U", "postgres"]
JDBC = "jdbc:postgresql://127.0.0.1:5432/%s?user=postgres" % DB


def sql_for(i):
    return ('CREATE TABLE "t_%d" ("id" BIGINT PRIMARY KEY, "name" TEXT NOT NULL, "created" TIMESTAMP);\n'
            'CREATE INDEX "ix_t_%d_name" ON "t_%d" ("name");\n' % (i, i, i))


def reset():
    subprocess.run(["psql"] + PG + ["-d", "postgres", "-q", "-c", "DROP DATABASE IF EXISTS %s" % DB], check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run(["psql"] + PG + ["-d", "postgres", "-q", "-c", "CREATE DATABASE %s" % DB], check=True,
                   stdout=subprocess.DEVNULL)
    # Flush what the previous run left dirty, so that its writeback does not slow the next tool.
    subprocess.run(["psql"] + PG + ["-d", "postgres", "-q", "-c", "CHECKPOINT"], check=True, stdout=subprocess.DEVNULL)
    os.sync()


def generate(n):
    base = os.path.join(WORK, str(n))
    shutil.rmtree(base, ignore_errors=True)
    # raw SQL, and Flyway's V<n>__ files
    os.makedirs(os.path.join(base, "flyway", "sql"))
    with open(os.path.join(base, "all.sql"), "w") as f:
        for i in range(n):
            f.write(sql_for(i))
    for i in range(n):
        with open(os.path.join(base, "flyway", "sql", "V%d__t%d.sql" % (i + 1, i)), "w") as f:
            f.write(sql_for(i))
    # Liquibase formatted SQL changelog
    os.makedirs(os.path.join(base, "liquibase"))
    with open(os.path.join(base, "liquibase", "changelog.sql"), "w") as f:
        f.write("--liquibase formatted sql\n\n")
        for i in range(n):
            f.write("--changeset bench:%d\n%s\n" % (i, sql_for(i)))
    # Retort SQL revisions
    versions = os.path.join(base, "retort", "migrations", "versions")
    os.makedirs(versions)
    with open(os.path.join(base, "retort", "retort.toml"), "w") as f:
        f.write('[retort]\nscript_location = "migrations"\nurl = "%s"\n' % JDBC)
    for i in range(n):
        with open(os.path.join(versions, "r%06d_t%d.sql" % (i, i)), "w") as f:
            f.write("-- create t_%d\n--\n-- Revision ID: r%06d\n-- Revises: %s\n\n-- +upgrade\n%s\n-- +downgrade\n"
                    'DROP TABLE "t_%d";\n' % (i, i, "r%06d" % (i - 1) if i else "", sql_for(i), i))
    # Alembic scripts, default env.py shape (one transaction for the run)
    alembic = os.path.join(base, "alembic")
    os.makedirs(os.path.join(alembic, "migrations", "versions"))
    with open(os.path.join(alembic, "alembic.ini"), "w") as f:
        f.write("[alembic]\nscript_location = migrations\nsqlalchemy.url = postgresql://postgres@127.0.0.1/%s\n" % DB)
    with open(os.path.join(alembic, "migrations", "env.py"), "w") as f:
        f.write("from alembic import context\nfrom sqlalchemy import create_engine\n\n"
                "engine = create_engine(context.config.get_main_option('sqlalchemy.url'))\n"
                "with engine.connect() as connection:\n"
                "    context.configure(connection=connection)\n"
                "    with context.begin_transaction():\n"
                "        context.run_migrations()\n")
    for i in range(n):
        with open(os.path.join(alembic, "migrations", "versions", "r%06d.py" % i), "w") as f:
            f.write("from alembic import op\n\nrevision = 'r%06d'\ndown_revision = %s\nbranch_labels = None\n"
                    "depends_on = None\n\n\ndef upgrade():\n    op.execute(%r)\n\n\ndef downgrade():\n"
                    "    op.execute('DROP TABLE \"t_%d\"')\n"
                    % (i, repr("r%06d" % (i - 1)) if i else "None", sql_for(i), i))
    return base


def run(cmd, cwd):
    reset()
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        lines = [l.strip() for l in done.stderr.decode(errors="replace").splitlines() if l.strip()]
        errors = [l for l in lines if "Error" in l or "error:" in l or "ERROR" in l]
        last = errors or lines
        return None, (last[-1] if last else "exit %d" % done.returncode)[:120]
    return elapsed, None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--tools", default="psql,retort,alembic,flyway,liquibase")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--vs", metavar="OTHER", help="another checkout's bin/retort, run beside this one in every round")
    args = ap.parse_args()
    tools = args.tools.split(",")
    other = os.path.abspath(args.vs) if args.vs else None
    if other:
        if "retort" not in tools:
            tools.append("retort")
        tools.insert(tools.index("retort") + 1, "vs")
        subprocess.run([other, "--help"], stdout=subprocess.DEVNULL, check=True)  # its build and archive
    if "retort" in tools:  # builds the jar once, outside the timings
        subprocess.run([os.path.join(ROOT, "bin", "retort"), "--help"], stdout=subprocess.DEVNULL, check=True)
    runner = os.path.join(HERE, "target", "bench-apply.jar")
    if ("flyway" in tools or "liquibase" in tools) and not os.path.exists(runner):
        subprocess.run(["mvn", "-q", "-B", "-f", os.path.join(HERE, "pom.xml"), "package"], check=True)
    print("%-7s %-10s %9s %8s %9s" % ("size", "tool", "seconds", "x psql", "median"))
    for n in [int(s) for s in args.sizes.split(",")]:
        base = generate(n)
        cmds = {
            "psql": (["psql"] + PG + ["-d", DB, "-q", "-v", "ON_ERROR_STOP=1", "-f", "all.sql"], base),
            "retort": ([os.path.join(ROOT, "bin", "retort"), "upgrade", "head"], os.path.join(base, "retort")),
            "vs": ([other or "", "upgrade", "head"], os.path.join(base, "retort")),
            "alembic": (["/usr/bin/python3", "-m", "alembic", "upgrade", "head"], os.path.join(base, "alembic")),
            "flyway": (["java", "-cp", runner, "bench.Runner", "flyway", os.path.join(base, "flyway"), JDBC], base),
            "liquibase": (["java", "-cp", runner, "bench.Runner", "liquibase", os.path.join(base, "liquibase"), JDBC],
                          base),
        }
        times = {tool: [] for tool in tools}
        errors = {}
        for round_no in range(args.repeat):
            order = list(tools)
            if other and round_no % 2 == 1:  # this launcher and the other swap places every other round
                i = order.index("retort")
                order[i], order[i + 1] = order[i + 1], order[i]
            for tool in order:
                if tool in errors:
                    continue
                t, err = run(*cmds[tool])
                # each run as it ends (stderr), so a long series interrupted on a busy machine keeps what it measured
                print("  %d round %d %s: %s" % (n, round_no + 1, tool, "%.2f s" % t if t is not None else err),
                      file=sys.stderr, flush=True)
                if t is None:
                    errors[tool] = err
                else:
                    times[tool].append(t)
        psql_time = min(times["psql"]) if times.get("psql") else None
        for tool in tools:
            if tool in errors:
                print("%-7d %-10s %9s %8s %9s  failed: %s" % (n, tool, "-", "-", "-", errors[tool]))
                continue
            best = min(times[tool])
            median = sorted(times[tool])[len(times[tool]) // 2]
            ratio = "%7.2fx" % (best / psql_time) if psql_time else "-"
            print("%-7d %-10s %9.2f %8s %9.2f" % (n, tool, best, ratio, median))
        if other and times.get("retort") and times.get("vs") and len(times["retort"]) == len(times["vs"]):
            ratios = [a / b for a, b in zip(times["retort"], times["vs"])]
            print("%-7d retort/vs, per round: %s; median %.2fx; sums %.2fx" % (
                n, " ".join("%.2f" % r for r in ratios), statistics.median(ratios), sum(times["retort"]) / sum(times["vs"])))
        sys.stdout.flush()
    reset()
    subprocess.run(["psql"] + PG + ["-d", "postgres", "-q", "-c", "DROP DATABASE IF EXISTS %s" % DB],
                   stdout=subprocess.DEVNULL)
    shutil.rmtree(WORK, ignore_errors=True)


main()
