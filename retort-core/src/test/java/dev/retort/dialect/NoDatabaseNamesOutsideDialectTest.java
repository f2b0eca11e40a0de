package dev.retort.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Database knowledge lives in the database folders ({@code dev.retort.dialect.postgres}, ...): no
 * main code elsewhere (core or CLI, and the shared part of {@code dev.retort.dialect}) holds a
 * database name or a JDBC url prefix in a string literal, the raw material of a switch on names.
 * Comments may name databases; user-facing text that must show a url is listed below.
 */
class NoDatabaseNamesOutsideDialectTest {
    private static final Set<String> NAMES = Set.of("postgresql", "postgres", "mysql", "mariadb", "sqlite", "h2");
    /** The parts of dev.retort.dialect shared by every database; every other folder there is one database's. */
    private static final Set<String> SHARED_FOLDERS = Set.of("ddl", "sql", "registry");
    private static final Pattern DATABASE_FOLDER = Pattern.compile(".*/dev/retort/dialect/([^/]+)/[^/]+\\.java");
    private static final Pattern JDBC_PREFIX = Pattern.compile("jdbc:[a-z0-9]+:", Pattern.CASE_INSENSITIVE);

    /**
     * User-facing text that shows a url as an example: "file" + "literal it may hold". Keep tiny;
     * a name that decides behaviour belongs in the dialect folders, not here.
     */
    private static final List<Allowed> USER_TEXT = List.of(
            // the retort.toml template `retort init` writes: a SQLite default users edit
            new Allowed("retort-core/src/main/java/dev/retort/ProjectInit.java", "jdbc:sqlite:app.db"),
            // hints showing how to write a url
            new Allowed("retort-core/src/main/java/dev/retort/Retort.java", "pass --url jdbc:postgresql://host/db"),
            new Allowed("retort-core/src/main/java/dev/retort/config/ConfigLoader.java", "jdbc:postgresql://scratch-host"),
            new Allowed("retort-core/src/main/java/dev/retort/dialect/Dialect.java", "use a url starting with jdbc:postgresql:"),
            new Allowed("retort-core/src/main/java/dev/retort/dialect/registry/Dialects.java", "use a url starting with jdbc:postgresql:"),
            // a placeholder, not a database
            new Allowed("retort-core/src/main/java/dev/retort/dialect/ScratchSpace.java", "write it as jdbc:KIND://HOST:PORT/DATABASE"));

    record Allowed(String file, String text) {}

    record Hit(String file, int line, String literal) {
        @Override
        public String toString() {
            return file + ":" + line + ": \"" + literal + "\"";
        }
    }

    @Test
    void noMainCodeOutsideDialectNamesADatabase() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        if (!Files.isDirectory(root.resolve("retort-cli"))) {
            root = root.getParent(); // surefire runs in the module folder
        }
        List<Hit> hits = new ArrayList<>();
        for (String module : List.of("retort-core", "retort-cli")) {
            Path main = root.resolve(module).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(main)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    String rel = root.relativize(f).toString().replace('\\', '/');
                    if (inDatabaseFolder(rel)) {
                        continue;
                    }
                    for (Hit h : scan(rel, Files.readString(f))) {
                        if (USER_TEXT.stream().noneMatch(a -> a.file().equals(rel) && h.literal().contains(a.text()))) {
                            hits.add(h);
                        }
                    }
                }
            }
        }
        assertTrue(hits.isEmpty(), "database names outside the database folders dev.retort.dialect.<database> (ask the Dialect instead):\n"
                + String.join("\n", hits.stream().map(Hit::toString).toList()));
    }

    /** Whether {@code rel} is in one database's folder, dialect/<database>/. */
    static boolean inDatabaseFolder(String rel) {
        Matcher m = DATABASE_FOLDER.matcher(rel);
        return m.matches() && !SHARED_FOLDERS.contains(m.group(1));
    }

    @Test
    void onlyTheDatabaseFoldersAreExempt() {
        assertTrue(inDatabaseFolder("retort-core/src/main/java/dev/retort/dialect/sqlite/SqliteDdl.java"));
        assertFalse(inDatabaseFolder("retort-core/src/main/java/dev/retort/dialect/Dialect.java"));
        assertFalse(inDatabaseFolder("retort-core/src/main/java/dev/retort/dialect/ddl/Literals.java"));
        assertFalse(inDatabaseFolder("retort-core/src/main/java/dev/retort/dialect/registry/Dialects.java"));
        assertFalse(inDatabaseFolder("retort-core/src/main/java/dev/retort/schema/diff/SchemaDiff.java"));
    }

    @Test
    void theScanFindsNamesInLiteralsAndIgnoresComments() {
        String source = """
                class X {
                    // "sqlite" in a comment is fine, as is /* "h2" */ this
                    boolean a(String d) { return d.equals("MySQL") || d.equals("h2x"); }
                    String b = "use jdbc:postgresql://host";
                    String c = "a \\" quote", e = "postgres";
                    char q = '"';
                    String t = \"""
                        text block jdbc:h2:mem:x
                        \""";
                }
                """;
        assertEquals(List.of("X.java:3", "X.java:4", "X.java:5", "X.java:7"),
                scan("X.java", source).stream().map(h -> h.file() + ":" + h.line()).toList());
    }

    /** String literals (and text blocks) that are a database name or hold a JDBC prefix, with their lines. */
    static List<Hit> scan(String file, String src) {
        List<Hit> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < src.length()) {
            char ch = src.charAt(i);
            if (ch == '\n') {
                line++;
                i++;
            } else if (src.startsWith("//", i)) {
                int end = src.indexOf('\n', i);
                i = end < 0 ? src.length() : end;
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? src.length() : end + 2;
                line += count(src, i, end);
                i = end;
            } else if (ch == '\'') {
                int j = i + 1;
                while (j < src.length() && src.charAt(j) != '\'') {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
            } else if (ch == '"') {
                boolean block = src.startsWith("\"\"\"", i);
                String close = block ? "\"\"\"" : "\"";
                int start = i + close.length();
                int j = start;
                while (j < src.length() && !src.startsWith(close, j)) {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                String literal = src.substring(start, Math.min(j, src.length()));
                if (NAMES.contains(literal.toLowerCase(Locale.ROOT)) || JDBC_PREFIX.matcher(literal).find()) {
                    out.add(new Hit(file, line, literal));
                }
                int end = Math.min(j + close.length(), src.length());
                line += count(src, i, end);
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    private static int count(String s, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                n++;
            }
        }
        return n;
    }
}
