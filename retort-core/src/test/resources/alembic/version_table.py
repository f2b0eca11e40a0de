"""Differential oracle for sequences of upgrades and downgrades.

Reads a JSON list of graphs, each with moves [{"up": bool, "target": str}], on stdin.
Replays the moves from an empty database the way `alembic upgrade/downgrade` does
(ScriptDirectory._upgrade_revs / _downgrade_revs, then HeadMaintainer on the version
table, kept in memory here), and prints one line per move:
    <graph> <move> OK <revisions run, comma separated> | <heads after, sorted>
    <graph> <move> ERR <kind>
    <graph> <move> STOP
STOP: Alembic's version table now names a revision next to one of its descendants, or its
row bookkeeping failed (Alembic quirks with depends_on); the rest of that graph's moves are
not compared.
"""
import json
import sys
import warnings

from alembic.runtime.migration import HeadMaintainer, MigrationStep
from alembic.script.revision import (
    CycleDetected,
    MultipleHeads,
    RangeNotAncestorError,
    ResolutionError,
    Revision,
    RevisionError,
    RevisionMap,
)

warnings.simplefilter("ignore")


class _Module:
    def upgrade(self):
        pass

    def downgrade(self):
        pass


class Script(Revision):
    """A Revision with the attributes MigrationStep reads from a script."""
    module = _Module()
    doc = ""


class Table(HeadMaintainer):
    """The version table as a set: the same row logic, no database."""

    def __init__(self):
        self.heads = set()

    def _insert_version(self, version):
        assert version not in self.heads
        self.heads.add(version)

    def _delete_version(self, version):
        self.heads.remove(version)

    def _update_version(self, from_, to_):
        assert to_ not in self.heads
        self.heads.remove(from_)
        self.heads.add(to_)


def kind(exc):
    if isinstance(exc, MultipleHeads):
        return "MultipleHeads"
    if isinstance(exc, ResolutionError):
        return "Resolution"
    if isinstance(exc, CycleDetected):
        return "Structure"
    if isinstance(exc, (RangeNotAncestorError, RevisionError)):
        return "Range"
    return "Other"


def scalar(xs):
    if not xs:
        return None
    return xs[0] if len(xs) == 1 else tuple(xs)


def redundant(rm, heads):
    for h in heads:
        below = {r.revision for r in rm._get_ancestor_nodes([rm.get_revision(h)])}
        if (below - {h}) & heads:
            return True
    return False


def main():
    for g in json.load(sys.stdin):
        name = g["name"]
        revs = [
            Script(r["id"], scalar(r["revises"]), dependencies=scalar(r["depends_on"]),
                   branch_labels=scalar(r["labels"]))
            for r in g["revisions"]
        ]
        order = {r.revision: i for i, r in enumerate(revs)}
        rm = RevisionMap(lambda: revs)
        table = Table()
        for i, move in enumerate(g["moves"]):
            # current heads in load order, as Retort derives them
            current = tuple(sorted(table.heads, key=order.get))
            try:
                if move["up"]:
                    run = list(reversed(list(rm.iterate_revisions(
                        move["target"], current, implicit_base=True))))
                    steps = [MigrationStep.upgrade_from_script(rm, s) for s in run]
                else:
                    run = list(rm.iterate_revisions(
                        current, move["target"], select_for_downgrade=True))
                    steps = [MigrationStep.downgrade_from_script(rm, s) for s in run]
            except Exception as exc:  # the oracle reports every failure as data
                print("%s m%d ERR %s" % (name, i, kind(exc)))
                continue
            after = Table()
            after.heads = set(table.heads)
            try:
                for step in steps:
                    after.update_to_step(step)
            except Exception:  # Alembic's own row bookkeeping gave up
                print("%s m%d STOP" % (name, i))
                break
            table = after
            if redundant(rm, table.heads):
                print("%s m%d STOP" % (name, i))
                break
            print("%s m%d OK %s | %s" % (name, i, ",".join(r.revision for r in run),
                                          ",".join(sorted(table.heads))))


main()
