"""Extracts an Alembic project's revision graph as facts, without running the project's code.

Usage: python3 extract.py GIT_DIR COMMIT VERSIONS_FOLDER > project.tsv

Reads every *.py under VERSIONS_FOLDER (in the git snapshot at COMMIT) with Python's ast and
prints one line per revision: relative path, revision, down_revision, branch_labels, depends_on
(tuples comma-joined, "-" for None). Module constants such as `cli.CONTRACT_BRANCH` are
resolved from the module's own imports when the module is in the snapshot. Only these facts are
kept: no project code, docstrings or messages.
"""
import ast
import subprocess
import sys

FIELDS = ("revision", "down_revision", "branch_labels", "depends_on")


def git(git_dir, *args):
    return subprocess.run(["git", "--git-dir", git_dir, *args], check=True, capture_output=True).stdout


def constant(git_dir, commit, module, name):
    path = module.replace(".", "/") + ".py"
    for prefix in ("", "src/"):
        try:
            tree = ast.parse(git(git_dir, "show", "%s:%s%s" % (commit, prefix, path)))
        except subprocess.CalledProcessError:
            continue
        for node in tree.body:
            if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
                return ast.literal_eval(node.value)
    raise ValueError("cannot resolve %s.%s" % (module, name))


def value(node, imports, git_dir, commit):
    try:
        return ast.literal_eval(node)
    except ValueError:
        pass
    if isinstance(node, (ast.Tuple, ast.List)):
        return tuple(value(e, imports, git_dir, commit) for e in node.elts)
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in imports:
        return constant(git_dir, commit, imports[node.value.id], node.attr)
    if isinstance(node, ast.Name) and node.id in imports:
        module, _, attr = imports[node.id].rpartition(".")
        return constant(git_dir, commit, module, attr)
    raise ValueError("not a literal: " + ast.dump(node))


def facts(source, git_dir, commit):
    tree = ast.parse(source)
    imports, out = {}, {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module:
            for a in node.names:
                imports[a.asname or a.name] = node.module + "." + a.name
        elif isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        else:
            continue
        if isinstance(node, ast.ImportFrom):
            continue
        for t in targets:
            if isinstance(t, ast.Name) and t.id in FIELDS:
                out[t.id] = value(node.value, imports, git_dir, commit)
    return out


def cell(v):
    if v is None:
        return "-"
    if isinstance(v, str):
        return v
    return ",".join(v)


def main(git_dir, commit, folder):
    folder = folder.rstrip("/") + "/"
    names = git(git_dir, "ls-tree", "-r", "--name-only", commit, folder).decode().splitlines()
    print("# path\trevision\tdown_revision\tbranch_labels\tdepends_on")
    for name in sorted(names):
        rel = name[len(folder):]
        base = rel.rsplit("/", 1)[-1]
        if not base.endswith(".py") or base.startswith("__init__") or "__pycache__" in rel:
            continue
        f = facts(git(git_dir, "show", "%s:%s" % (commit, name)), git_dir, commit)
        if "revision" not in f:
            print("skipped (no revision): " + rel, file=sys.stderr)
            continue
        print("\t".join([rel] + [cell(f.get(k)) for k in FIELDS]))


if __name__ == "__main__":
    main(*sys.argv[1:])
