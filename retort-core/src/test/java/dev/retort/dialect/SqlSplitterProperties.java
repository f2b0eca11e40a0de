package dev.retort.dialect;

import dev.retort.dialect.sql.SqlSplitter;
import dev.retort.dialect.sql.SqlStatement;
import dev.retort.dialect.sql.SqlSyntax;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Splitting statements joined by their terminator gives the statements back, on every dialect. */
class SqlSplitterProperties {

    @Property(tries = 300)
    void postgresRoundTrip(@ForAll("postgresStatements") List<String> statements) {
        assertRoundTrip(statements, SqlSyntax.POSTGRESQL);
    }

    @Property(tries = 300)
    void mysqlRoundTrip(@ForAll("mysqlStatements") List<String> statements) {
        assertRoundTrip(statements, SqlSyntax.MYSQL);
    }

    @Property(tries = 300)
    void sqliteRoundTrip(@ForAll("commonStatements") List<String> statements) {
        assertRoundTrip(statements, SqlSyntax.SQLITE);
    }

    @Property(tries = 300)
    void h2RoundTrip(@ForAll("commonStatements") List<String> statements) {
        assertRoundTrip(statements, SqlSyntax.H2);
    }

    private static void assertRoundTrip(List<String> statements, SqlSyntax syntax) {
        StringBuilder script = new StringBuilder();
        int[] lines = new int[statements.size()];
        int line = 1;
        for (int i = 0; i < statements.size(); i++) {
            script.append("\n");
            line++;
            lines[i] = line;
            script.append(statements.get(i)).append(";\n");
            line += (int) statements.get(i).chars().filter(ch -> ch == '\n').count() + 1;
        }
        List<SqlStatement> split = SqlSplitter.split(script.toString(), syntax);
        assertThat(split).extracting(SqlStatement::sql).containsExactlyElementsOf(statements);
        assertThat(split).extracting(SqlStatement::line)
                .containsExactlyElementsOf(java.util.Arrays.stream(lines).boxed().toList());
    }

    @Provide
    Arbitrary<List<String>> commonStatements() {
        return statements(common());
    }

    @Provide
    Arbitrary<List<String>> postgresStatements() {
        Arbitrary<String> dollar = Combinators.combine(Arbitraries.of("", "body", "x_1"), noise())
                .as((tag, body) -> "$" + tag + "$" + body.replace("$", "") + "$" + tag + "$");
        Arbitrary<String> estring = noise().map(s -> "E'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'");
        return statements(Arbitraries.oneOf(common(), dollar, estring));
    }

    @Provide
    Arbitrary<List<String>> mysqlStatements() {
        Arbitrary<String> backslash = noise().map(s -> "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'");
        Arbitrary<String> backtick = noise().map(s -> "`" + s.replace("`", "``") + "`");
        Arbitrary<String> hash = noise().map(s -> "# " + s.replace("\n", " ") + "\n");
        return statements(Arbitraries.oneOf(common(), backslash, backtick, hash));
    }

    /** Atoms every dialect lexes the same way. */
    private static Arbitrary<String> common() {
        Arbitrary<String> word = Arbitraries.of("SELECT", "x", "t1", "VALUES", "42", "(", ")", ",", "=", "+", "*", "'");
        Arbitrary<String> single = noise().map(s -> "'" + s.replace("'", "''").replace("\\", "") + "'");
        Arbitrary<String> dbl = noise().map(s -> "\"" + s.replace("\"", "\"\"").replace("\\", "") + "\"");
        Arbitrary<String> block = noise().map(s -> "/* " + s.replace("*", "") + " */");
        Arbitrary<String> lineComment = noise().map(s -> "-- " + s.replace("\n", " ") + "\n");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, word.filter(w -> !w.equals("'"))),
                net.jqwik.api.Tuple.of(2, single),
                net.jqwik.api.Tuple.of(1, dbl),
                net.jqwik.api.Tuple.of(1, block),
                net.jqwik.api.Tuple.of(1, lineComment));
    }

    /** Text full of terminators, quotes and line breaks. */
    private static Arbitrary<String> noise() {
        return Arbitraries.strings().withChars("ab ;'\"`$-/*#\n\\").ofMaxLength(12);
    }

    /** Each statement starts with a word and ends with one, so the terminator is never swallowed. */
    private static Arbitrary<List<String>> statements(Arbitrary<String> atoms) {
        Arbitrary<String> statement = atoms.list().ofMaxSize(8)
                .map(parts -> "SELECT " + String.join(" ", parts) + " x")
                .map(s -> s.replace("\n x", "\nx"));
        return statement.list().ofMinSize(1).ofMaxSize(6);
    }
}
