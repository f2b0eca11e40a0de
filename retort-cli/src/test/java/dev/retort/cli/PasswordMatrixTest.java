package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.support.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Passwords with special characters, passed every way Retort takes one, through every command
 * that connects, on a real user of PostgreSQL and MariaDB created with that password: no output
 * (stdout, stderr, what the process's own System.err receives) holds the password or any
 * fragment of four characters of it, whether the run succeeds, the password is wrong or the port
 * is bad. PostgreSQL authenticates by trust here, so there a wrong password still connects.
 */
// replaces System.out and System.err: no other class that does so runs meanwhile
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ResourceLock(Resources.SYSTEM_OUT)
@ResourceLock(Resources.SYSTEM_ERR)
@org.junit.jupiter.api.Order(1) // one of the longest classes here: starts first
class PasswordMatrixTest {
    enum Kind { POSTGRESQL, MARIADB }

    /** How the password reaches Retort. */
    enum Way { URL_USER_INFO, URL_PARAMETER, CONFIG_PASSWORD, ENVIRONMENT, URL_FLAG }

    static final List<String> PASSWORDS = List.of(
            "Qz7 Xv9 Kw",             // spaces: the tail once leaked from current --json
            "Qz7@Xv9@Kw",             // '@' ends user-info
            "Qz7/Xv9/Kw",             // '/' starts the path
            "Qz7:Xv9:Kw",             // ':' separates user and port
            "Qz7;Xv9;Kw",             // ';' separates H2-style properties
            "Qz7?Xv9&Kw=Jm",          // query syntax
            "Qz7#Xv9#Kw",             // fragment
            "Qz7%41Xv9%",             // looks percent-encoded already
            "Qz7\"Xv9'Kw",            // quotes (JSON and SQL escape them)
            "Qz7\\Xv9\\\\Kw",         // backslashes (JSON and TOML escape them)
            "Qzñ7€Xv9\uD83D\uDE00Kw", // non-ASCII, a character outside the BMP
            "grade",                  // a piece of common words: upgrade, downgrade
            "Qz7+Xv9+Kw",             // '+' is a space in form encoding
            "Qz7$Xv9${Kw}",           // the config's ${VAR} syntax
            "Qz7,Xv9)(Kw",            // brackets end a password= parameter in a message
            "--Qz7 -Xv9",             // looks like an option
            "Qz7!Xv9*Kw~|<>",         // shell characters
            "Lq8Vn3Rt5Wy2Hs6Pd4Gm7Bx9Zc1Fk0Jt3Np5Qr8Sv");

    static final String PG_ADMIN = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    static final String MARIADB_ADMIN = "jdbc:mariadb://127.0.0.1:3306/test?user=root";

    @TempDir
    Path dir;

    /**
     * The commands that connect, in an order that leaves the database at base again. verify, by
     * far the slowest, runs for each password with one way and for each way with several passwords.
     */
    static List<List<String>> commands(String verifyUrl, String dbUrl, boolean withVerify) {
        List<List<String>> all = new ArrayList<>(List.of(List.of("upgrade", "head"), List.of("current"),
                List.of("current", "--json"), List.of("history", "-i"), List.of("stamp", "head"), List.of("repair"),
                List.of("check"), List.of("doctor", "--url", dbUrl), List.of("lint")));
        if (withVerify) {
            all.add(List.of("verify", "--url", verifyUrl));
        }
        all.add(List.of("downgrade", "base"));
        return all;
    }

    /**
     * Workers per kind: each has its own user, databases and project and takes every WORKERS-th
     * password. A run spends most of its time waiting on connections and commits, so the runs of
     * both kinds and all workers overlap.
     */
    static final int WORKERS = 3;

    /** What reaches System.out and System.err while the class runs, from any thread; never cleared. */
    private final Console console = new Console();
    private final PrintStream stdout = System.out;
    private final PrintStream stderr = System.err;

    @BeforeAll
    void captureConsole() {
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    @AfterAll
    void restoreConsole() {
        System.setOut(stdout);
        System.setErr(stderr);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    @Execution(ExecutionMode.CONCURRENT)
    void noPasswordOrPieceOfOneReachesAnyOutput(Kind kind) throws Exception {
        List<Server> servers = new ArrayList<>();
        Outcome outcome = new Outcome();
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        try {
            for (int w = 0; w < WORKERS; w++) {
                String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
                servers.add(new Server(kind, "rt_pw_" + suffix, "rt_pwdb_" + suffix, "rt_pwver_" + suffix));
            }
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                Server server = servers.get(w);
                Path project = project(Files.createDirectories(dir.resolve(kind + "-" + w)));
                int first = w;
                done.add(pool.submit(() -> {
                    for (int i = first; i < PASSWORDS.size(); i += WORKERS) {
                        passwordRuns(kind, server, project, i, outcome);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
            for (Server server : servers) {
                server.close();
            }
        }
        stdout.println(kind + ": " + outcome.runs + " runs; seconds by command: " + new TreeMap<>(outcome.time).entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() / 1_000_000_000).toList());
        assertThat(outcome.runs.get()).isGreaterThanOrEqualTo(PASSWORDS.size() * Way.values().length * 2 * 10);
        assertThat(outcome.leaks).as("%d leaks, the first: %s", outcome.leaks.size(),
                outcome.leaks.isEmpty() ? "" : outcome.leaks.get(0)).isEmpty();
        assertThat(outcome.wrongExits).as("%d unexpected exits, the first: %s", outcome.wrongExits.size(),
                outcome.wrongExits.isEmpty() ? "" : outcome.wrongExits.get(0)).isEmpty();
    }

    /** What the runs of one kind found, from several workers. */
    record Outcome(List<String> leaks, List<String> wrongExits, AtomicInteger runs, Map<String, Long> time) {
        Outcome() {
            this(Collections.synchronizedList(new ArrayList<>()), Collections.synchronizedList(new ArrayList<>()),
                    new AtomicInteger(), new ConcurrentHashMap<>());
        }
    }

    /** Password #i, every way, the case that works and a failing one, through every command. */
    void passwordRuns(Kind kind, Server server, Path project, int i, Outcome outcome) throws Exception {
        String pw = PASSWORDS.get(i);
        server.setPassword(pw);
        for (Way way : Way.values()) {
            // the password that works, then a failing case: a wrong password, a closed port or a port that is
            // not a number (MariaDB's driver then echoes the authority). PostgreSQL trusts 127.0.0.1 here, so a wrong
            // password would connect: there the failing cases are the ports.
            String wrong = "Wr0ng" + pw;
            String notANumber = kind == Kind.POSTGRESQL ? "54x32" : "33o6";
            String badPort = i % 4 == 1 ? "1" : i % 4 == 3 || kind == Kind.POSTGRESQL ? notANumber : null;
            Case failing = badPort != null ? new Case(pw, badPort, false, true) : new Case(wrong, server.port, false, true);
            for (Case c : List.of(new Case(pw, server.port, true, false), failing)) {
                Setup s = setup(project, server, way, c);
                boolean withVerify = (i + way.ordinal()) % Way.values().length == 0;
                for (List<String> command : commands(server.url(server.verifyDb, way, c), server.url(server.db, way, c),
                        withVerify)) {
                    List<String> args = new ArrayList<>(command);
                    if (!command.contains("--url")) {
                        args.addAll(s.extraArgs);
                    }
                    if (!c.works) {
                        args.add("--debug"); // the stack trace is output too
                    }
                    int consoleFrom = console.size();
                    long started = System.nanoTime();
                    CliRun.Result r = CliRun.run(project, s.env, args.toArray(String[]::new));
                    outcome.runs.incrementAndGet();
                    outcome.time.merge(command.get(0), System.nanoTime() - started, Long::sum);
                    // everything that reached the console while this run ran, whichever run printed it
                    String all = r.out() + r.err() + console.since(consoleFrom);
                    String where = kind + " " + way + " password #" + i + " " + (c.works ? "ok"
                            : c.port.equals(server.port) ? "wrong password" : "port " + c.port) + ": " + String.join(" ", command);
                    String leak = leak(all, c.password);
                    if (leak != null) {
                        outcome.leaks.add(where + " printed '" + leak + "'\n" + all);
                    }
                    if (c.works && expectedToConnect(kind, way, pw) && r.code() != 0 && !command.get(0).equals("check")) {
                        outcome.wrongExits.add(where + " exit " + r.code() + "\n" + r);
                    }
                    // (lint without a database to ask lints every revision, and says so)
                    if (c.fails && r.code() == 0 && !command.get(0).equals("lint")) {
                        outcome.wrongExits.add(where + " succeeded\n" + r);
                    }
                }
            }
        }
    }

    /** A console that keeps all it received; a run reads what arrived since it started. */
    static final class Console extends ByteArrayOutputStream {
        synchronized String since(int offset) {
            return new String(buf, offset, count - offset, StandardCharsets.UTF_8);
        }
    }

    /** MariaDB's driver takes a password= parameter as written: percent-encoding reaches the server. */
    static boolean expectedToConnect(Kind kind, Way way, String pw) {
        return !(kind == Kind.MARIADB && way == Way.URL_PARAMETER && !encode(pw).equals(pw));
    }

    /** The password, or a fragment of four characters of it (or its encoded forms), if {@code text} holds one. */
    static String leak(String text, String password) {
        Set<String> pieces = new LinkedHashSet<>();
        pieces.add(encode(password));
        pieces.add(password.replace("\\", "\\\\").replace("\"", "\\\""));
        int[] cps = password.codePoints().toArray();
        int n = Math.min(4, cps.length);
        for (int i = 0; i + n <= cps.length; i++) {
            pieces.add(new String(cps, i, n));
        }
        for (String p : pieces) {
            if (text.contains(p)) {
                return p;
            }
        }
        return null;
    }

    record Case(String password, String port, boolean works, boolean fails) {}

    record Setup(Map<String, String> env, List<String> extraArgs) {}

    /** Writes retort.toml for this way and case; returns the environment and extra arguments. */
    Setup setup(Path project, Server server, Way way, Case c) throws IOException {
        Map<String, String> env = new HashMap<>();
        List<String> extra = new ArrayList<>();
        String plain = server.plainUrl(server.db, c.port);
        String url = switch (way) {
            case URL_USER_INFO, URL_PARAMETER -> server.url(server.db, way, c);
            default -> plain;
        };
        StringBuilder toml = new StringBuilder("[retort]\nscript_location = \"migrations\"\n");
        toml.append("url = \"").append(tomlEscape(way == Way.URL_FLAG ? plain : url)).append("\"\n");
        if (way == Way.CONFIG_PASSWORD || way == Way.ENVIRONMENT) {
            toml.append("user = \"").append(server.user).append("\"\n");
        }
        if (way == Way.CONFIG_PASSWORD) {
            toml.append("password = \"").append(tomlEscape(c.password.replace("$", "$$"))).append("\"\n");
        }
        if (way == Way.ENVIRONMENT) {
            env.put("RETORT_PASSWORD", c.password);
        }
        if (way == Way.URL_FLAG) {
            extra.add("--url");
            extra.add(server.url(server.db, way, c));
        }
        // check compares with the same database, reached with a password from a variable no one would guess
        env.put("MODEL_SECRET", c.password);
        toml.append("\n[model]\nurl = \"").append(tomlEscape(plain)).append("\"\nuser = \"").append(server.user)
                .append("\"\npassword = \"${MODEL_SECRET}\"\n");
        Files.writeString(project.resolve("retort.toml"), toml);
        return new Setup(env, extra);
    }

    static String tomlEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static Path project(Path dir) throws IOException {
        Path versions = Files.createDirectories(dir.resolve("p/migrations/versions"));
        Files.writeString(versions.resolve("a1_create_pets.sql"), """
                -- Create pets

                -- Revision ID: a1
                -- Revises:
                -- Create Date: 2025-10-16 09:12:44

                -- +upgrade
                CREATE TABLE pets (id INTEGER PRIMARY KEY, name VARCHAR(40));

                -- +downgrade
                DROP TABLE pets;
                """);
        Files.writeString(versions.resolve("b2_add_owner.sql"), """
                -- Add owner

                -- Revision ID: b2
                -- Revises: a1
                -- Create Date: 2025-10-16 09:13:44

                -- +upgrade
                ALTER TABLE pets ADD COLUMN owner VARCHAR(40);

                -- +downgrade
                ALTER TABLE pets DROP COLUMN owner;
                """);
        return dir.resolve("p");
    }

    /** A login user and two databases it owns on one server; dropped on close. */
    static final class Server implements AutoCloseable {
        final Kind kind;
        final String user;
        final String db;
        final String verifyDb;
        final String port;

        Server(Kind kind, String user, String db, String verifyDb) throws SQLException {
            this.kind = kind;
            this.user = user;
            this.db = db;
            this.verifyDb = verifyDb;
            this.port = kind == Kind.POSTGRESQL ? "5432" : "3306";
            try {
                if (kind == Kind.POSTGRESQL) {
                    admin("CREATE ROLE " + user + " LOGIN PASSWORD 'x-initial'", "CREATE DATABASE " + db + " OWNER " + user,
                            "CREATE DATABASE " + verifyDb + " OWNER " + user);
                } else {
                    admin("CREATE USER '" + user + "'@'%' IDENTIFIED BY 'x-initial'", "CREATE DATABASE " + db,
                            "CREATE DATABASE " + verifyDb, "GRANT ALL ON " + db + ".* TO '" + user + "'@'%'",
                            "GRANT ALL ON " + verifyDb + ".* TO '" + user + "'@'%'");
                }
            } catch (SQLException e) {
                TestDatabases.unavailable(TestDatabases.Kind.valueOf(kind.name()), e);
            }
        }

        void setPassword(String pw) throws SQLException {
            if (kind == Kind.POSTGRESQL) {
                admin("ALTER ROLE " + user + " PASSWORD '" + pw.replace("'", "''") + "'");
            } else {
                admin("ALTER USER '" + user + "'@'%' IDENTIFIED BY '" + pw.replace("\\", "\\\\").replace("'", "\\'") + "'");
            }
        }

        String plainUrl(String database, String port) {
            return kind == Kind.POSTGRESQL ? "jdbc:postgresql://127.0.0.1:" + port + "/" + database
                    : "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
        }

        /** The url of {@code database} as this way writes it (with the password for user-info, parameter and flag). */
        String url(String database, Way way, Case c) {
            String scheme = kind == Kind.POSTGRESQL ? "jdbc:postgresql://" : "jdbc:mariadb://";
            return switch (way) {
                case URL_USER_INFO, URL_FLAG -> scheme + user + ":" + encode(c.password) + "@127.0.0.1:" + c.port + "/" + database;
                case URL_PARAMETER -> plainUrl(database, c.port) + "?user=" + user + "&password=" + encode(c.password);
                default -> plainUrl(database, c.port);
            };
        }

        private void admin(String... sql) throws SQLException {
            try (Connection conn = DriverManager.getConnection(kind == Kind.POSTGRESQL ? PG_ADMIN : MARIADB_ADMIN);
                    Statement s = conn.createStatement()) {
                for (String q : sql) {
                    s.execute(q);
                }
            }
        }

        @Override
        public void close() throws SQLException {
            if (kind == Kind.POSTGRESQL) {
                admin("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)", "DROP DATABASE IF EXISTS " + verifyDb + " WITH (FORCE)",
                        "DROP ROLE IF EXISTS " + user);
            } else {
                admin("DROP DATABASE IF EXISTS " + db, "DROP DATABASE IF EXISTS " + verifyDb, "DROP USER IF EXISTS '" + user + "'@'%'");
            }
        }
    }
}
