#!/usr/bin/env python3
"""Fault figures for Retort's safety promises (see README.md beside this file).

  concurrent  N runner processes at once on one database, R repetitions, 4 databases:
              double applies, missing rows and failed runners (all must be 0)
  kill        one runner killed with SIGKILL at a random moment, K times, 4 databases:
              silent inconsistencies and stale locks (must be 0), and how often a revision
              marked failed had in fact completed
  badinput    a generated corpus of bad inputs across commands: clean errors, internal
              errors, hangs, changed files or databases

Usage: bench/faults/faults.py [--runners 8] [--reps 10] [--kills 30] [--inputs 300]
                              [--databases postgresql,mariadb,sqlite,h2] [--parts concurrent,kill,badinput]
"""
import argparse
import glob
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORK = os.path.join(ROOT, "bench", "faults", "work")
BUILT_JAR = os.path.join(ROOT, "retort-cli", "target", "retort.jar")
# a copy of the built jar: bin/retort rebuilds when a source is newer, and a build overwrites
# the jar, neither of which may happen under running runners
JAR = os.path.join(WORK, "retort-%d.jar" % os.getpid())
RETORT_CMD = ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-jar", JAR]
H2_JAR = sorted(glob.glob(os.path.expanduser("~/.m2/repository/com/h2database/h2/*/h2-*.jar")))[-1]
PG = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1"]
MY = ["mysql", "-h", "127.0.0.1", "-u", "root", "-N", "-B"]


# --- databases -------------------------------------------------------------------------------

class Db:
    """A fresh database of one kind: its url, SQL to run and query, and cleanup."""

    def __init__(self, kind, folder):
        self.kind = kind
        self.name = "rt_faults_" + uuid.uuid4().hex[:10]
        self.folder = folder
        if kind == "postgresql":
            subprocess.run(PG + ["-d", "test", "-c", "CREATE DATABASE " + self.name], check=True)
            self.url = "jdbc:postgresql://127.0.0.1:5432/%s?user=postgres" % self.name
        elif kind == "mariadb":
            subprocess.run(MY + ["-e", "CREATE DATABASE " + self.name], check=True)
            self.url = "jdbc:mariadb://127.0.0.1:3306/%s?user=root" % self.name
        elif kind == "sqlite":
            self.url = "jdbc:sqlite:" + os.path.join(folder, self.name + ".db")
        else:
            self.url = "jdbc:h2:file:" + os.path.join(folder, self.name)
        self.execute("CREATE TABLE marks (rev VARCHAR(40))")

    def execute(self, sql):
        self.query(sql)

    def query(self, sql):
        """Rows of a query as lists of strings."""
        if self.kind == "postgresql":
            out = subprocess.run(PG + ["-d", self.name, "-F", "\t", "-c", sql], check=True, capture_output=True, text=True).stdout
        elif self.kind == "mariadb":
            out = subprocess.run(MY + [self.name, "-e", sql], check=True, capture_output=True, text=True).stdout
        elif self.kind == "sqlite":
            with sqlite3.connect(self.url[len("jdbc:sqlite:"):], timeout=60) as c:
                return [[str(v) for v in row] for row in c.execute(sql).fetchall()]
        else:
            r = subprocess.run(["java", "-cp", H2_JAR, "org.h2.tools.Shell", "-url", self.url, "-sql", sql],
                               capture_output=True, text=True)
            if r.returncode != 0 or "Exception" in r.stdout:
                raise RuntimeError(r.stdout + r.stderr)
            lines = [l for l in r.stdout.splitlines() if l.strip() and not l.startswith("(")]
            return [[v.strip() for v in l.split("|")] for l in lines[1:]]
        return [l.split("\t") for l in out.splitlines() if l.strip()]

    def tables(self):
        if self.kind == "postgresql":
            sql = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        elif self.kind == "mariadb":
            sql = "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
        elif self.kind == "sqlite":
            sql = "SELECT name FROM sqlite_master WHERE type = 'table'"
        else:
            sql = "SELECT LOWER(table_name) FROM information_schema.tables WHERE table_schema = 'PUBLIC'"
        return {r[0].lower() for r in self.query(sql)}

    def drop(self):
        if self.kind == "postgresql":
            subprocess.run(PG + ["-d", "test", "-c", "DROP DATABASE IF EXISTS %s WITH (FORCE)" % self.name])
        elif self.kind == "mariadb":
            subprocess.run(MY + ["-e", "DROP DATABASE IF EXISTS " + self.name])
        else:
            for f in glob.glob(os.path.join(self.folder, self.name + "*")):
                os.remove(f)


def project(folder, db, count):
    """A project of `count` SQL revisions; revision i creates table t_i and inserts mark i."""
    p = os.path.join(folder, "project-" + uuid.uuid4().hex[:8])
    os.makedirs(os.path.join(p, "migrations", "versions"))
    with open(os.path.join(p, "retort.toml"), "w") as f:
        f.write('[retort]\nscript_location = "migrations"\nurl = "%s"\n' % db.url)
    parent = ""
    for i in range(1, count + 1):
        rid = "r%04d" % i
        with open(os.path.join(p, "migrations", "versions", rid + ".sql"), "w") as f:
            f.write("-- revision %d\n--\n-- Revision ID: %s\n-- Revises: %s\n\n-- +upgrade\n"
                    "CREATE TABLE t_%d (x INTEGER);\nINSERT INTO marks (rev) VALUES ('%s');\n\n"
                    "-- +downgrade\nDELETE FROM marks WHERE rev = '%s';\nDROP TABLE t_%d;\n"
                    % (i, rid, parent, i, rid, rid, i))
        parent = rid
    return p


def retort(cwd, *args, timeout=300):
    return subprocess.run(RETORT_CMD + list(args), cwd=cwd, capture_output=True, text=True, timeout=timeout)


def state(db, count):
    """(double applies, missing rows, version rows, failed markers) after runs that should have applied all."""
    marks = [r[0] for r in db.query("SELECT rev FROM marks")]
    expected = {"r%04d" % i for i in range(1, count + 1)}
    doubles = len(marks) - len(set(marks))
    missing = len(expected - set(marks)) + len({"t_%d" % i for i in range(1, count + 1)} - db.tables())
    rows = db.query('SELECT "id", "failed" FROM "retort_version"' if db.kind != "mariadb"
                    else "SELECT id, failed FROM retort_version")
    failed = sum(1 for r in rows if r[1] not in ("", "None", "null", "NULL"))
    return doubles, missing, len(rows), failed


# --- concurrent runners ----------------------------------------------------------------------

def concurrent(kinds, runners, reps, count, folder):
    print("concurrent: %d runners x %d repetitions, %d revisions" % (runners, reps, count), flush=True)
    results = {}
    for kind in kinds:
        totals = dict(double=0, missing=0, failed_runners=0, reps=0, seconds=0.0)
        for _ in range(reps):
            db = Db(kind, folder)
            p = project(folder, db, count)
            start = time.time()
            procs = [subprocess.Popen(RETORT_CMD + ["upgrade", "head", "--lock-timeout", "600"], cwd=p,
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(runners)]
            for proc in procs:
                out, err = proc.communicate(timeout=900)
                if proc.returncode != 0:
                    totals["failed_runners"] += 1
                    print("  %s runner failed: %s" % (kind, err.strip().splitlines()[:1]), flush=True)
            totals["seconds"] += time.time() - start
            doubles, missing, rows, failed = state(db, count)
            totals["double"] += doubles
            totals["missing"] += missing + (count - rows if rows < count else 0) + failed
            totals["reps"] += 1
            db.drop()
            shutil.rmtree(p)
        results[kind] = totals
        print("  %-10s double applies %d, missing rows %d, failed runners %d (%d reps, %.0f s)"
              % (kind, totals["double"], totals["missing"], totals["failed_runners"], totals["reps"], totals["seconds"]),
              flush=True)
    return results


# --- kill -9 -----------------------------------------------------------------------------------

def kill(kinds, kills, count, folder, rng):
    print("kill: %d kills, %d revisions" % (kills, count), flush=True)
    results = {}
    for kind in kinds:
        t = dict(kills=0, mid_run=0, silent=0, stale_locks=0, marked=0, marked_complete=0)
        for _ in range(kills):
            db = Db(kind, folder)
            p = project(folder, db, count)
            proc = subprocess.Popen(RETORT_CMD + ["upgrade", "head"], cwd=p, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.3, 6.0))
            if proc.poll() is None:
                t["mid_run"] += 1
            try:
                os.kill(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass  # it finished first
            proc.wait()
            t["kills"] += 1
            r = retort(p, "upgrade", "head", "--lock-timeout", "20")
            if "timed out" in r.stderr:
                t["stale_locks"] += 1
            if r.returncode != 0 and "repair" in r.stderr:
                t["marked"] += 1
                rows = db.query('SELECT "id" FROM "retort_version" WHERE "failed" IS NOT NULL' if db.kind != "mariadb"
                                else "SELECT id FROM retort_version WHERE failed IS NOT NULL")
                for (rid,) in rows:
                    i = int(rid[1:])
                    done = ("t_%d" % i) in db.tables() and [rid] in db.query("SELECT rev FROM marks")
                    if done:
                        t["marked_complete"] += 1
                    # make the database consistent by hand, as the hint says: undo what ran
                    db.execute("DELETE FROM marks WHERE rev = '%s'" % rid)
                    db.execute("DROP TABLE IF EXISTS t_%d" % i)
                retort(p, "repair")
                r = retort(p, "upgrade", "head", "--lock-timeout", "20")
            doubles, missing, rows, failed = state(db, count)
            if r.returncode != 0 or doubles or missing or rows != count or failed:
                t["silent"] += 1
                print("  %s inconsistent after kill: rc=%d doubles=%d missing=%d rows=%d failed=%d %s"
                      % (kind, r.returncode, doubles, missing, rows, failed, r.stderr.strip()[:200]), flush=True)
            db.drop()
            shutil.rmtree(p)
        results[kind] = t
        print("  %-10s kills %d (%d mid-run), silent inconsistencies %d, stale locks %d, marked failed %d"
              " (in fact complete %d)" % (kind, t["kills"], t["mid_run"], t["silent"], t["stale_locks"], t["marked"],
                                           t["marked_complete"]), flush=True)
    return results


# --- bad input ---------------------------------------------------------------------------------

from badinput import corpus  # noqa: E402  (beside this file)


def tree_digest(p):
    h = hashlib.sha256()
    for dirpath, dirnames, filenames in os.walk(p):
        dirnames[:] = sorted(d for d in dirnames if d != ".retort")
        for name in sorted(filenames):
            full = os.path.join(dirpath, name)
            if ".retort-lock" in name:
                continue
            if name.endswith(".db"):
                try:
                    with sqlite3.connect(full) as c:
                        for line in c.iterdump():
                            if "retort_version" not in line and "sqlite_sequence" not in line:  # Retort's own tables
                                h.update(line.encode())
                except sqlite3.DatabaseError:
                    h.update(open(full, "rb").read())
            elif os.path.isfile(full):
                h.update(full.encode())
                h.update(open(full, "rb").read())
    return h.hexdigest()


def badinput(count, folder, rng, kinds):
    cases = corpus(rng, count, kinds)
    print("badinput: %d inputs" % len(cases), flush=True)
    tally = dict(clean=0, internal=0, hang=0, changed=0, other=0)
    for i, case in enumerate(cases):
        p = os.path.join(folder, "bad-%04d" % i)
        db = Db(case.kind, folder) if case.kind in ("postgresql", "mariadb") else None
        case.write(p, db.url if db else None)
        retort(p, "upgrade", "aaa111")  # the good first revision is applied; the input is about what follows
        before = tree_digest(p)
        tables = db.tables() if db else None
        try:
            r = retort(p, *case.args, timeout=60)
        except subprocess.TimeoutExpired:
            tally["hang"] += 1
            print("  hang: %s %s" % (case.name, case.args), flush=True)
            continue
        first = r.stderr.strip().splitlines()[0] if r.stderr.strip() else ""
        if "internal error" in r.stderr or "Exception in thread" in r.stderr:
            tally["internal"] += 1
            print("  internal: %s %s: %s" % (case.name, case.args, first[:160]), flush=True)
        elif r.returncode in case.expect and first.startswith("error: "):
            tally["clean"] += 1
        else:
            tally["other"] += 1
            print("  other (exit %d): %s %s: %s" % (r.returncode, case.name, case.args, first[:160]), flush=True)
        if tree_digest(p) != before or (db and db.tables() - {"retort_version", "retort_version_log"} != tables - {"retort_version", "retort_version_log"}):
            tally["changed"] += 1
            print("  changed: %s %s" % (case.name, case.args), flush=True)
        if db:
            db.drop()
        shutil.rmtree(p, ignore_errors=True)
    print("  clean errors %(clean)d, internal errors %(internal)d, hangs %(hang)d, other %(other)d,"
          " changed files or databases %(changed)d" % tally, flush=True)
    return tally


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runners", type=int, default=8)
    ap.add_argument("--reps", type=int, default=10)
    ap.add_argument("--revisions", type=int, default=12)
    ap.add_argument("--kills", type=int, default=30)
    ap.add_argument("--kill-revisions", type=int, default=60)
    ap.add_argument("--inputs", type=int, default=300)
    ap.add_argument("--databases", default="postgresql,mariadb,sqlite,h2")
    ap.add_argument("--parts", default="concurrent,kill,badinput")
    ap.add_argument("--seed", type=int, default=9)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    kinds = a.databases.split(",")
    os.makedirs(WORK, exist_ok=True)
    folder = os.path.join(WORK, uuid.uuid4().hex[:8])
    os.makedirs(folder)
    if not os.path.exists(BUILT_JAR):
        subprocess.run([os.path.join(ROOT, "bin", "retort"), "--version"], check=True, capture_output=True)
    shutil.copyfile(BUILT_JAR, JAR)
    load = open("/proc/loadavg").read().split()[0]
    print("load average %s, seed %d" % (load, a.seed), flush=True)
    try:
        parts = a.parts.split(",")
        if "concurrent" in parts:
            concurrent(kinds, a.runners, a.reps, a.revisions, folder)
        if "kill" in parts:
            kill(kinds, a.kills, a.kill_revisions, folder, rng)
        if "badinput" in parts:
            badinput(a.inputs, folder, rng, kinds)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        os.remove(JAR)


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    main()
