package dev.retort.script;

import dev.retort.RetortException;
import dev.retort.script.PyLexer.Kind;
import dev.retort.script.PyLexer.Statement;
import dev.retort.script.PyLexer.Token;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the simple module constants some projects use for branch labels, without running
 * Python: {@code branch_labels = (cli.CONTRACT_BRANCH,)} after {@code from neutron.db.migration
 * import cli}, where the project's own {@code neutron/db/migration/cli.py} says
 * {@code CONTRACT_BRANCH = 'contract'}; or a constant assigned earlier in the same file. The
 * module is looked for in the folders above the revision file (the project it belongs to).
 */
final class PyConstants {
    /** How far above the revision file a project's package root may lie. */
    private static final int MAX_LEVELS = 12;

    private final Path file;
    private final Map<String, String> constants = new HashMap<>();
    /** Local name to the dotted name it was imported as; relative imports keep their leading dots. */
    private final Map<String, String> imports = new HashMap<>();

    PyConstants(Path file) {
        this.file = file;
    }

    /** Records a module-level {@code NAME = 'text'}. */
    void constant(String name, String value) {
        constants.put(name, value);
    }

    /** Records a module-level import statement. */
    void statement(List<Token> t) {
        if (t.get(0).is("from")) {
            int i = 1;
            StringBuilder module = new StringBuilder();
            while (i < t.size() && !t.get(i).is("import")) {
                module.append(t.get(i).text());
                i++;
            }
            for (i++; i < t.size(); i++) {
                Token k = t.get(i);
                if (k.kind() != Kind.NAME) {
                    continue;
                }
                String name = k.text();
                String local = name;
                if (i + 2 < t.size() && t.get(i + 1).is("as")) {
                    local = t.get(i + 2).text();
                    i += 2;
                }
                String m = module.toString();
                imports.put(local, m.endsWith(".") ? m + name : m + "." + name);
            }
        } else if (t.get(0).is("import")) {
            StringBuilder dotted = new StringBuilder();
            for (int i = 1; i <= t.size(); i++) {
                Token k = i < t.size() ? t.get(i) : null;
                if (k == null || k.is(",")) {
                    String d = dotted.toString();
                    if (!d.isEmpty()) {
                        imports.put(d.split("\\.")[0], d.split("\\.")[0]);
                    }
                    dotted.setLength(0);
                } else if (k.is("as") && i + 1 < t.size()) {
                    imports.put(t.get(i + 1).text(), dotted.toString());
                    dotted.setLength(0);
                    i++;
                } else {
                    dotted.append(k.text());
                }
            }
        }
    }

    /**
     * Reads the dotted name starting at {@code v[i]} (before {@code to}), resolves it and adds it
     * to {@code out} as a literal spanning the name; returns the index of its last token.
     * Throws when it names nothing Retort can find.
     */
    int literal(String fileName, List<Token> v, int i, int to, List<AlembicScript.Literal> out) {
        int j = i;
        StringBuilder dotted = new StringBuilder(v.get(i).text());
        while (j + 2 < to && v.get(j + 1).is(".") && v.get(j + 2).kind() == Kind.NAME) {
            dotted.append('.').append(v.get(j + 2).text());
            j += 2;
        }
        String value = resolve(dotted.toString());
        if (value == null) {
            throw RetortException.usage(fileName + ":" + v.get(i).line() + ": branch_labels names " + dotted
                            + ", a constant Retort cannot find in this file or in the project's modules",
                    "write the label as a string literal, e.g. branch_labels = ('contract',); Retort never runs Python");
        }
        out.add(new AlembicScript.Literal(v.get(i).start(), v.get(j).end(), '\0', value));
        return j;
    }

    /** The string a dotted name like {@code cli.CONTRACT_BRANCH} stands for, or null. */
    String resolve(String dotted) {
        if (!dotted.contains(".") && constants.containsKey(dotted)) {
            return constants.get(dotted);
        }
        int dot = dotted.indexOf('.');
        String head = dot < 0 ? dotted : dotted.substring(0, dot);
        String target = imports.get(head);
        if (target == null) {
            return null;
        }
        String full = dot < 0 ? target : target + dotted.substring(dot);
        int last = full.lastIndexOf('.');
        if (last <= 0 || last == full.length() - 1) {
            return null;
        }
        Path module = find(full.substring(0, last));
        return module == null ? null : constantIn(module, full.substring(last + 1));
    }

    /** The project file of a dotted module name, searched in the folders above this file. */
    private Path find(String module) {
        int dots = 0;
        while (dots < module.length() && module.charAt(dots) == '.') {
            dots++;
        }
        String rel = module.substring(dots).replace('.', '/');
        Path dir = file.toAbsolutePath().getParent();
        if (dots > 0) {
            for (int i = 1; i < dots && dir != null; i++) {
                dir = dir.getParent();
            }
            return dir == null ? null : existing(dir, rel);
        }
        for (int level = 0; dir != null && level < MAX_LEVELS; level++, dir = dir.getParent()) {
            Path found = existing(dir, rel);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Path existing(Path dir, String rel) {
        if (rel.isEmpty()) {
            return null;
        }
        Path plain = dir.resolve(rel + ".py");
        if (Files.isRegularFile(plain)) {
            return plain;
        }
        Path pkg = dir.resolve(rel).resolve("__init__.py");
        return Files.isRegularFile(pkg) ? pkg : null;
    }

    /** The last module-level {@code name = 'text'} of {@code module}, or null. */
    private static String constantIn(Path module, String name) {
        String text;
        try {
            text = Files.readString(module, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        String[] found = new String[1];
        try {
            PyLexer.statements(module.toString(), text, (Statement st) -> {
                List<Token> t = st.tokens();
                if (st.indent() == 0 && t.size() == 3 && t.get(0).is(name) && t.get(1).is("=")
                        && t.get(2).kind() == Kind.STRING && !t.get(2).triple()) {
                    found[0] = t.get(2).value();
                }
            });
        } catch (RuntimeException e) {
            return null;
        }
        return found[0];
    }
}
