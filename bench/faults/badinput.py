"""The bad-input corpus of faults.py: generated projects and command lines that are the user's
mistake. Each must end in a one-line `error:` (exit 2, or 1 where a revision or the connection
failed), never an internal error or a hang, and change no file and no user table."""
import os

ROOT_SQL = """-- First
--
-- Revision ID: aaa111
-- Revises:

-- +upgrade
CREATE TABLE first_table (x INTEGER);

-- +downgrade
DROP TABLE first_table;
"""


class Case:
    def __init__(self, name, args, expect=(2,), files=None, toml=None, kind="sqlite", setup=None):
        self.name = name
        self.args = list(args)
        self.expect = set(expect)
        self.files = files or {}
        self.toml = toml
        self.kind = kind
        self.setup = setup

    def write(self, p, url):
        os.makedirs(os.path.join(p, "migrations", "versions"))
        url = url or "jdbc:sqlite:app.db"
        toml = self.toml if self.toml is not None else '[retort]\nscript_location = "migrations"\nurl = "%s"\n' % url
        with open(os.path.join(p, "retort.toml"), "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(toml)
        files = {"aaa111_first.sql": ROOT_SQL}
        files.update(self.files)
        for name, content in files.items():
            mode = "wb" if isinstance(content, bytes) else "w"
            with open(os.path.join(p, "migrations", "versions", name), mode) as f:
                f.write(content)


def java(rid, body):
    return ('import dev.retort.*;\n\n@Revision(id = "%s", revises = "aaa111", message = "x")\n'
            'public class Rev_%s implements Migration {\n    public void upgrade(Ops op) {\n        %s\n    }\n'
            '    public void downgrade(Ops op) { }\n    static int deep(int n) { return deep(n + 1) + 1; }\n}\n'
            % (rid, rid, body))


def big(rng):
    return str(rng.choice([2 ** 31, 2 ** 31 + 1, 2 ** 63, 10 ** rng.randint(10, 40), rng.randint(2 ** 31, 2 ** 62)]))


def corpus(rng, count, kinds):
    makers = [relative, lock_timeout, nested_py, nested_toml, java_exit, java_breaks, garbage_file, bad_header,
              bad_toml, unknown_target, bad_url]
    if "mariadb" in kinds:
        makers.append(long_id)
    cases = []
    while len(cases) < count:
        cases.append(makers[len(cases) % len(makers)](rng))
    return cases


def relative(rng):
    form = rng.choice(["+%s", "-%s", "aaa111+%s", "aaa111-%s", "heads-%s", "head+%s"])
    cmd = rng.choice(["upgrade", "downgrade"])
    return Case("relative", [cmd, form % big(rng)])


def lock_timeout(rng):
    value = rng.choice([big(rng), "-" + big(rng), "-1", "ten", "1e9", "99999999999999999999999"])
    return Case("lock-timeout", ["upgrade", "head", "--lock-timeout", value])


def nested_py(rng):
    depth = rng.choice([3000, 10000, 100000, 200000])
    o, c = rng.choice([("(", ")"), ("[", "]"), ("{", "}")])
    key = rng.choice(["down_revision", "revision", "branch_labels", "depends_on"])
    value = o * depth + "'aaa111'" + c * depth
    lines = {"revision": "'bbb222'", "down_revision": "'aaa111'"}
    lines[key] = value
    text = "\n".join("%s = %s" % kv for kv in lines.items()) + ("\n%s = %s\n" % (key, value) if key not in ("revision", "down_revision") else "\n")
    return Case("nested-py", rng.choice([["heads"], ["history"], ["upgrade", "head"], ["show", "head"]]),
                files={"bbb222_deep.py": text})


def nested_toml(rng):
    depth = rng.choice([5000, 100000])
    kind = rng.choice(["[", "{a="])
    close = "]" if kind == "[" else "}"
    toml = '[retort]\nurl = "jdbc:sqlite:app.db"\nx = ' + kind * depth + close * depth + "\n"
    return Case("nested-toml", rng.choice([["heads"], ["upgrade", "head"], ["current"]]), toml=toml)


def java_exit(rng):
    body = rng.choice(["System.exit(3);", "Runtime.getRuntime().halt(1);", "Runtime.getRuntime().exit(0);",
                       "java.util.function.IntConsumer e = System::exit; e.accept(0);",
                       "if (op != null) { System.exit(0); }"])
    return Case("java-exit", ["upgrade", "head"], files={"ddd444_exit.java": java("ddd444", body)})


def java_breaks(rng):
    body = rng.choice(["deep(0);", "long[] huge = new long[Integer.MAX_VALUE - 8]; huge[0] = 1;",
                       "throw new IllegalStateException(\"no\");", "Object o = null; o.hashCode();"])
    return Case("java-breaks", ["upgrade", "head"], expect=(1,), files={"eee555_breaks.java": java("eee555", body)})


def garbage_file(rng):
    ext = rng.choice([".sql", ".py", ".java"])
    data = bytes(rng.randrange(256) for _ in range(rng.randint(1, 4000)))
    return Case("garbage-" + ext[1:], rng.choice([["heads"], ["history"], ["upgrade", "head"]]),
                files={"zzz_garbage" + ext: data})


def bad_header(rng):
    variants = ["-- Revision ID:\n-- Revises: aaa111\n\n-- +upgrade\nSELECT 1;\n",
                "-- Revision ID: bbb222\n-- Revises: aaa111,,x\n\n-- +upgrade\nSELECT 1;\n",
                "-- Revision ID: bbb222\n-- +upgrade\nSELECT 1;\n",
                "-- Revision ID: bbb222\n-- Revises: aaa111\n-- Transaction: sometimes\n\n-- +upgrade\nSELECT 1;\n",
                "-- Revision ID: aaa111\n-- Revises:\n\n-- +upgrade\nSELECT 1;\n",
                "-- Revision ID: bbb222\n-- Revises: aaa111\n\n-- +upgrade\nSELECT 'unterminated;\n"]
    return Case("bad-header", rng.choice([["heads"], ["upgrade", "head"]]), files={"bbb222_x.sql": rng.choice(variants)})


def bad_toml(rng):
    toml = rng.choice(['[retort\nurl = "x"\n', '[retort]\nurl = 5\n', '[retort]\nnope = "x"\n', '[retort]\nurl = "${UNSET_VAR_X}"\n',
                       '[retort]\nurl = "jdbc:sqlite:app.db"\ntransaction = "maybe"\n', "\x00\x01\x02", '[[retort]]\n'])
    return Case("bad-toml", rng.choice([["heads"], ["upgrade", "head"], ["current"]]), toml=toml)


def unknown_target(rng):
    return Case("unknown-target", [rng.choice(["upgrade", "downgrade", "show"]),
                                   rng.choice(["nosuch", "zz@head", "aaa111@nosuch", "nosuch:head", "heads:base", ""])])


def bad_url(rng):
    url, expect = rng.choice([("jdbc:nope:x", (2,)), ("jdbc:postgresql://127.0.0.1:1/x", (1,)),
                              ("jdbc:mariadb://127.0.0.1:1/x", (1,)), ("not a url", (2,))])
    return Case("bad-url", rng.choice([["upgrade", "head"], ["current"], ["downgrade", "base"]]) + ["--url", url],
                expect=expect)


def long_id(rng):
    rid = "r" * rng.choice([769, 800, 3000])
    text = "-- long\n--\n-- Revision ID: %s\n-- Revises: aaa111\n\n-- +upgrade\nCREATE TABLE long_table (x INTEGER);\n" % rid
    return Case("long-id", ["upgrade", "head"], files={"long.sql": text}, kind="mariadb")
