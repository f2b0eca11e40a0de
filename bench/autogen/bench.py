#!/usr/bin/python3
"""Times Retort's and Alembic's autogenerate on the same 1,000-table PostgreSQL schema.

Each table has 5 columns, an index and a foreign key. Two cases, each against Alembic's
`revision --autogenerate` on SQLAlchemy models of the same schema:
  no change:  `retort check` on a database that already has the schema (exit 0, "No changes");
  from empty: `retort revision --autogenerate` on an empty database (writes 1,000 createTable).
Retort's model is the desired-state schema.sql ([model] schema), applied to a scratch schema on
the same server on every run, as a user's would be. Prints the median wall time of each and the
ratios. Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth) and python3-alembic,
python3-sqlalchemy, python3-psycopg2.
Usage: bench/autogen/bench.py [--tables 1000] [--runs 5]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

import psycopg2

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
WORK = os.path.join(HERE, "work")
RETORT = os.path.join(ROOT, "bin", "retort")
ALEMBIC = ["/usr/bin/python3", "-m", "alembic"]
PG = dict(host="127.0.0.1", port=5432, user="postgres")
FULL_DB, EMPTY_DB = "retort_bench_autogen_full", "retort_bench_autogen_empty"


def schema_sql(n):
    out = []
    for i in range(n):
        parent = "t%04d" % (i // 2)
        out.append(
            "CREATE TABLE t%04d (\n"
            "    id BIGINT NOT NULL,\n"
            "    name VARCHAR(100) NOT NULL,\n"
            "    amount NUMERIC(12, 2) DEFAULT 0,\n"
            "    created TIMESTAMP,\n"
            "    parent_id BIGINT,\n"
            "    CONSTRAINT pk_t%04d PRIMARY KEY (id),\n"
            "    CONSTRAINT fk_t%04d_parent FOREIGN KEY (parent_id) REFERENCES %s (id)\n"
            ");\n"
            "CREATE INDEX ix_t%04d_name ON t%04d (name);\n" % (i, i, i, parent, i, i))
    return "".join(out)


def models_py(n):
    out = ["from sqlalchemy import (MetaData, Table, Column, BigInteger, String, Numeric, DateTime,\n"
           "                        ForeignKey, Index, PrimaryKeyConstraint, text)\n\n",
           "metadata = MetaData()\n\n"]
    for i in range(n):
        parent = "t%04d" % (i // 2)
        out.append(
            "Table('t%04d', metadata,\n"
            "      Column('id', BigInteger, nullable=False),\n"
            "      Column('name', String(100), nullable=False),\n"
            "      Column('amount', Numeric(12, 2), server_default=text('0')),\n"
            "      Column('created', DateTime),\n"
            "      Column('parent_id', BigInteger, ForeignKey('%s.id', name='fk_t%04d_parent')),\n"
            "      PrimaryKeyConstraint('id', name='pk_t%04d'),\n"
            "      Index('ix_t%04d_name', 'name'))\n" % (i, parent, i, i, i))
    return "".join(out)


ENV_PY = """
from alembic import context
from sqlalchemy import create_engine
import models

def run():
    engine = create_engine(context.config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=models.metadata)
        with context.begin_transaction():
            context.run_migrations()

run()
"""

MAKO = '''"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
"""
from alembic import op
import sqlalchemy as sa

revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = None
depends_on = None


def upgrade():
    ${upgrades if upgrades else "pass"}


def downgrade():
    ${downgrades if downgrades else "pass"}
'''


def admin(sql):
    c = psycopg2.connect(dbname="test", **PG)
    c.autocommit = True
    with c.cursor() as cur:
        cur.execute(sql)
    c.close()


def setup(n):
    shutil.rmtree(WORK, ignore_errors=True)
    for db in (FULL_DB, EMPTY_DB):
        admin("DROP DATABASE IF EXISTS %s WITH (FORCE)" % db)
        admin("CREATE DATABASE %s" % db)
    ddl = schema_sql(n)
    c = psycopg2.connect(dbname=FULL_DB, **PG)
    with c.cursor() as cur:
        cur.execute(ddl)
    c.commit()
    c.close()
    for db in (FULL_DB, EMPTY_DB):
        proj = os.path.join(WORK, "retort-" + db)
        os.makedirs(os.path.join(proj, "migrations", "versions"))
        with open(os.path.join(proj, "schema.sql"), "w") as f:
            f.write(ddl)
        with open(os.path.join(proj, "retort.toml"), "w") as f:
            f.write('[retort]\nscript_location = "migrations"\n'
                    'url = "jdbc:postgresql://127.0.0.1:5432/%s?user=postgres"\n\n'
                    '[model]\nschema = "schema.sql"\nexclude = ["alembic_version"]\n' % db)
        proj = os.path.join(WORK, "alembic-" + db)
        os.makedirs(os.path.join(proj, "migrations", "versions"))
        with open(os.path.join(proj, "models.py"), "w") as f:
            f.write(models_py(n))
        with open(os.path.join(proj, "alembic.ini"), "w") as f:
            f.write("[alembic]\nscript_location = migrations\nprepend_sys_path = .\n"
                    "sqlalchemy.url = postgresql+psycopg2://postgres@127.0.0.1:5432/%s\n" % db)
        with open(os.path.join(proj, "migrations", "env.py"), "w") as f:
            f.write(ENV_PY)
        with open(os.path.join(proj, "migrations", "script.py.mako"), "w") as f:
            f.write(MAKO)


def timed(cmd, cwd, expect):
    """Wall seconds of one run; the generated revision file, if any, is removed after it."""
    versions = os.path.join(cwd, "migrations", "versions")
    start = time.perf_counter()
    p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if p.returncode != 0 or expect not in p.stdout + p.stderr:
        sys.exit("unexpected result of %s (exit %d):\n%s%s" % (" ".join(cmd), p.returncode, p.stdout[-2000:], p.stderr[-2000:]))
    for name in os.listdir(versions):
        path = os.path.join(versions, name)
        if os.path.isfile(path):
            os.remove(path)
    return wall


def median(cmd, cwd, expect, runs):
    """(first run, median of the next runs): the first warms caches (Retort's model cache too)."""
    first = timed(cmd, cwd, expect)
    return first, statistics.median(timed(cmd, cwd, expect) for _ in range(runs))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tables", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--keep", action="store_true", help="keep the databases and work folder")
    a = ap.parse_args()
    subprocess.run([RETORT, "--version"], check=True, stdout=subprocess.DEVNULL)  # builds the jar if stale
    setup(a.tables)
    print("%d tables, median of %d runs, load average %.2f at start" % (a.tables, a.runs, os.getloadavg()[0]))
    cases = [
        ("no change", FULL_DB, "No changes in schema detected.", "Generating"),
        ("from empty", EMPTY_DB, "Generating", "Generating"),
    ]
    for label, db, retort_expect, alembic_expect in cases:
        retort_cmd = [RETORT, "check"] if db == FULL_DB else [RETORT, "revision", "--autogenerate", "-m", "bench"]
        proj = os.path.join(WORK, "retort-" + db)
        shutil.rmtree(os.path.join(proj, ".retort"), ignore_errors=True)
        cold, r = median(retort_cmd, proj, retort_expect, a.runs)
        _, al = median(ALEMBIC + ["revision", "--autogenerate", "-m", "bench"], os.path.join(WORK, "alembic-" + db),
                       alembic_expect, a.runs)
        print("%-11s retort %6.3f s (first run, model not cached: %6.3f s)   alembic %6.3f s   alembic/retort %5.1fx"
              % (label, r, cold, al, al / r))
    print("load average %.2f at end" % os.getloadavg()[0])
    if not a.keep:
        shutil.rmtree(WORK, ignore_errors=True)
        for db in (FULL_DB, EMPTY_DB):
            admin("DROP DATABASE IF EXISTS %s WITH (FORCE)" % db)


if __name__ == "__main__":
    main()
