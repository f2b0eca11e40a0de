package dev.retort.dialect.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.sql.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random scripts built from random tokens (strings with quotes, escapes and semicolons, comments,
 * dollar quotes, names, executable comments), for every database: the splitter cuts exactly at
 * the lexer's terminators, and a statement lexed on its own (as lint and the scratch guard read
 * it) gives the tokens it was built from, the same ones it has inside the script.
 */
class SqlLexerProperties {

    /** One piece of a statement: its text and the kinds of the tokens it should lex to. */
    record Atom(String text, List<Kind> kinds) {
        static Atom of(String text, Kind... kinds) {
            return new Atom(text, List.of(kinds));
        }
    }

    @Property(tries = 400)
    void postgresql(@ForAll("postgresql") List<List<Atom>> statements) {
        assertAgree(statements, SqlSyntax.POSTGRESQL, ";");
    }

    @Property(tries = 400)
    void mysql(@ForAll("mysql") List<List<Atom>> statements) {
        assertAgree(statements, SqlSyntax.MYSQL, ";");
    }

    @Property(tries = 200)
    void mysqlWithDelimiter(@ForAll("mysqlWithSemicolons") List<List<Atom>> statements) {
        assertAgree(statements, SqlSyntax.MYSQL, "//");
    }

    @Property(tries = 400)
    void sqlite(@ForAll("sqlite") List<List<Atom>> statements) {
        assertAgree(statements, SqlSyntax.SQLITE, ";");
    }

    @Property(tries = 400)
    void h2(@ForAll("h2") List<List<Atom>> statements) {
        assertAgree(statements, SqlSyntax.H2, ";");
    }

    private static void assertAgree(List<List<Atom>> statements, SqlSyntax syntax, String delimiter) {
        StringBuilder script = new StringBuilder(delimiter.equals(";") ? "" : "DELIMITER " + delimiter + "\n");
        List<String> texts = new ArrayList<>();
        for (List<Atom> atoms : statements) {
            String text = String.join(" ", atoms.stream().map(Atom::text).toList()).strip();
            texts.add(text);
            script.append(text).append('\n').append(delimiter).append('\n');
        }
        String sql = script.toString();

        // the lexer's terminators cut the script where the statements were joined
        List<String> between = new ArrayList<>();
        List<List<SqlToken>> inScript = new ArrayList<>();
        List<SqlToken> current = new ArrayList<>();
        int from = -1;
        SqlLexer lexer = SqlLexer.script(sql, syntax, "<sql>", 1);
        while (lexer.advance()) {
            if (lexer.kind() == Kind.TERMINATOR) {
                between.add(sql.substring(from, lexer.start()).strip());
                inScript.add(current);
                current = new ArrayList<>();
                from = -1;
            } else if (lexer.kind() != Kind.COMMAND) {
                from = from < 0 ? lexer.start() : from;
                if (lexer.kind() != Kind.HINT) {
                    current.add(lexer.token());
                }
            }
        }
        assertThat(current).isEmpty();
        assertThat(between).containsExactlyElementsOf(texts);
        // ... and the splitter agrees on every boundary
        assertThat(SqlSplitter.split(sql, syntax)).extracting(SqlStatement::sql).containsExactlyElementsOf(texts);

        for (int i = 0; i < statements.size(); i++) {
            List<SqlToken> alone = SqlLexer.tokens(texts.get(i), syntax, 1);
            List<Kind> expected = statements.get(i).stream().flatMap(a -> a.kinds().stream()).toList();
            assertThat(alone).extracting(SqlToken::kind).as(texts.get(i)).containsExactlyElementsOf(expected);
            assertThat(alone).extracting(SqlToken::text)
                    .containsExactlyElementsOf(inScript.get(i).stream().map(SqlToken::text).toList());
        }
    }

    @Provide
    Arbitrary<List<List<Atom>>> postgresql() {
        Arbitrary<Atom> dollar = Combinators.combine(Arbitraries.of("", "body", "x_1"), noise())
                .as((tag, body) -> Atom.of("$" + tag + "$" + body.replace("$", "") + "$" + tag + "$", Kind.STRING));
        Arbitrary<Atom> escaped = noise().map(s -> Atom.of("E'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'", Kind.STRING));
        Arbitrary<Atom> nested = noise().map(s -> Atom.of("/* a /* " + commentBody(s) + " */ b */"));
        return script(Arbitraries.oneOf(common(), plainStrings(), quotedNames(), dollar, escaped, nested, dashComments(),
                Arbitraries.of(Atom.of("::", Kind.PUNCT), Atom.of("$1", Kind.PUNCT, Kind.NUMBER))));
    }

    @Provide
    Arbitrary<List<List<Atom>>> mysql() {
        return script(mysqlAtoms());
    }

    @Provide
    Arbitrary<List<List<Atom>>> mysqlWithSemicolons() {
        return script(Arbitraries.oneOf(mysqlAtoms(), Arbitraries.just(Atom.of(";", Kind.PUNCT))));
    }

    private static Arbitrary<Atom> mysqlAtoms() {
        Arbitrary<Atom> single = noise().map(s -> Atom.of("'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'", Kind.STRING));
        Arbitrary<Atom> dbl = noise().map(s -> Atom.of("\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"", Kind.STRING));
        Arbitrary<Atom> hash = noise().map(s -> Atom.of("# " + s.replace("\n", " ") + "\n"));
        Arbitrary<Atom> executable = Arbitraries.of(
                Atom.of("/*!40101 SET x */", Kind.WORD, Kind.WORD),
                Atom.of("/*M!100100 IF NOT EXISTS */", Kind.WORD, Kind.WORD, Kind.WORD),
                Atom.of("/*+ NO_INDEX(t) */"),
                Atom.of("--1", Kind.PUNCT, Kind.PUNCT, Kind.NUMBER),
                Atom.of("2024db", Kind.WORD));
        return Arbitraries.oneOf(common(), single, dbl, backticks(), hash, dashComments(), executable);
    }

    @Provide
    Arbitrary<List<List<Atom>>> sqlite() {
        Arbitrary<Atom> brackets = noise().map(s -> Atom.of("[" + s.replace("]", "") + "]", Kind.QUOTED));
        return script(Arbitraries.oneOf(common(), plainStrings(), quotedNames(), backticks(), brackets, dashComments()));
    }

    @Provide
    Arbitrary<List<List<Atom>>> h2() {
        Arbitrary<Atom> dollar = noise().map(s -> Atom.of("$$" + s.replace("$", "") + "$$", Kind.STRING));
        return script(Arbitraries.oneOf(common(), plainStrings(), quotedNames(), dollar, dashComments()));
    }

    /** Statements of one to eight atoms after a first word (a statement is never only comments). */
    private static Arbitrary<List<List<Atom>>> script(Arbitrary<Atom> atoms) {
        return atoms.list().ofMinSize(0).ofMaxSize(8)
                .map(list -> {
                    List<Atom> all = new ArrayList<>(List.of(Atom.of("SELECT", Kind.WORD)));
                    all.addAll(list);
                    return List.copyOf(all);
                })
                .list().ofMinSize(1).ofMaxSize(5);
    }

    /** Pieces every database lexes alike. */
    private static Arbitrary<Atom> common() {
        return Arbitraries.of(
                Atom.of("x", Kind.WORD), Atom.of("t1", Kind.WORD), Atom.of("a$b", Kind.WORD), Atom.of("_y", Kind.WORD),
                Atom.of("42", Kind.NUMBER), Atom.of("1.5", Kind.NUMBER), Atom.of("0x1F", Kind.NUMBER),
                Atom.of("(", Kind.PUNCT), Atom.of(")", Kind.PUNCT), Atom.of(",", Kind.PUNCT), Atom.of("=", Kind.PUNCT),
                Atom.of("*", Kind.PUNCT), Atom.of("t.c", Kind.WORD, Kind.PUNCT, Kind.WORD),
                Atom.of("/* ; ' \" */"), Atom.of("/**/"));
    }

    private static Arbitrary<Atom> plainStrings() {
        return noise().map(s -> Atom.of("'" + s.replace("'", "''") + "'", Kind.STRING));
    }

    private static Arbitrary<Atom> quotedNames() {
        return noise().map(s -> Atom.of("\"" + s.replace("\"", "\"\"") + "\"", Kind.QUOTED));
    }

    private static Arbitrary<Atom> backticks() {
        return noise().map(s -> Atom.of("`" + s.replace("`", "``") + "`", Kind.QUOTED));
    }

    private static Arbitrary<Atom> dashComments() {
        return noise().map(s -> Atom.of("-- " + s.replace("\n", " ") + "\n"));
    }

    private static String commentBody(String s) {
        return s.replace("*/", "").replace("/*", "").replace("*", "").replace("/", "");
    }

    /** Text that is dangerous to a lexer: terminators, every quote, escapes, comment markers. */
    private static Arbitrary<String> noise() {
        return Arbitraries.strings().withChars("ab ;'\"`\\$*/-#\n[]").ofMaxLength(12);
    }
}
