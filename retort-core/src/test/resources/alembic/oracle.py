"""Differential oracle: answers graph questions with the real Alembic.

Reads a JSON list of graphs on stdin, prints one line per answer:
    <graph> <question> OK <ids, comma separated>
    <graph> <question> ERR <kind>
Kinds: MultipleHeads, Resolution, Range, Structure, Other (an Alembic crash,
not a designed error: the Java side may answer that with any error).
"""
import json
import sys
import warnings

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


def ids(revs):
    out = []
    for r in revs:
        if r is None:
            out.append("None")
        elif isinstance(r, str):
            out.append(r)
        else:
            out.append(r.revision)
    return ",".join(out)


def answer(name, question, fn):
    try:
        result = fn()
        print("%s %s OK %s" % (name, question, ids(result)))
    except Exception as exc:  # the oracle reports every failure as data
        print("%s %s ERR %s" % (name, question, kind(exc)))


def scalar(xs):
    if not xs:
        return None
    return xs[0] if len(xs) == 1 else tuple(xs)


def main():
    graphs = json.load(sys.stdin)
    for g in graphs:
        name = g["name"]
        revs = [
            Revision(
                r["id"],
                scalar(r["revises"]),
                dependencies=scalar(r["depends_on"]),
                branch_labels=scalar(r["labels"]),
            )
            for r in g["revisions"]
        ]
        rm = RevisionMap(lambda: revs)
        answer(name, "heads", lambda: rm.heads)
        answer(name, "realheads", lambda: rm._real_heads)
        answer(name, "bases", lambda: rm.bases)
        for r in g["revisions"]:
            answer(name, "labels:" + r["id"],
                   lambda r=r: sorted(rm.get_revision(r["id"]).branch_labels))
        for q in g["resolve"]:
            answer(name, "resolve:" + q, lambda q=q: rm.get_revisions(q))
        for h in g["history"]:
            lower, upper = h.split(":")
            answer(name, "history:" + h, lambda lower=lower, upper=upper: list(
                rm.iterate_revisions(upper or "heads", lower or "base",
                                     inclusive=True, assert_relative_length=False)))
        for u in g["upgrade"]:
            current = tuple(u["current"])
            answer(name, "upgrade:" + ",".join(current) + ">" + u["target"],
                   lambda u=u, current=current: list(reversed(list(
                       rm.iterate_revisions(u["target"], current, implicit_base=True)))))
        for d in g["downgrade"]:
            current = tuple(d["current"])
            answer(name, "downgrade:" + ",".join(current) + ">" + d["target"],
                   lambda d=d, current=current: list(
                       rm.iterate_revisions(current, d["target"], select_for_downgrade=True)))


main()
