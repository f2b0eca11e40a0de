package dev.retort.lint;

import java.util.List;

/**
 * For every lint code, a revision that triggers it and its safe twin, in SQL and in Java, all
 * revising one base revision that creates the tables below (PostgreSQL). A line ending in
 * {@code -- <} (SQL) or {@code // <} (Java) is where the finding must point.
 */
final class LintCases {
    static final String BASE = """
            CREATE TABLE users (id BIGINT PRIMARY KEY, email VARCHAR(200), name VARCHAR(100) NOT NULL,
                                login TEXT, note TEXT);
            CREATE TABLE orders (id BIGINT PRIMARY KEY, user_id BIGINT, total INTEGER);
            CREATE INDEX orders_user_id ON orders (user_id);
            """;

    /** One revision: its upgrade, its downgrade (SQL: null leaves the section out; Java: null derives it), extras. */
    record Variant(String upgrade, String downgrade, String transaction, String annotation) {}

    record Case(String code, Variant sqlBad, Variant sqlGood, Variant javaBad, Variant javaGood) {}

    static final String LOCK = "SET lock_timeout = '5s';";
    static final String JAVA_LOCK = "op.execute(\"SET lock_timeout = '5s'\");";

    static Variant sql(String up) {
        return new Variant(up, "SELECT 1;", null, null);
    }

    static Variant java(String up, String down) {
        return new Variant(up, down, null, null);
    }

    static Variant none(Variant v) {
        return new Variant(v.upgrade(), v.downgrade(), "none", v.annotation());
    }

    static final List<Case> ALL = List.of(
            new Case("drop-table",
                    sql("DROP TABLE orders; -- <"),
                    sql("""
                            CREATE TABLE staging (id BIGINT PRIMARY KEY);
                            INSERT INTO staging SELECT id FROM users;
                            DROP TABLE staging;"""),
                    java("op.dropTable(\"orders\"); // <", "op.execute(\"SELECT 1\");"),
                    java("""
                            op.createTable("staging", t -> t.column("id", BIGINT, c -> c.primaryKey()));
                            op.dropTable("staging");""", "op.execute(\"SELECT 1\");")),
            new Case("drop-column",
                    sql("ALTER TABLE users DROP COLUMN note; -- <"),
                    sql(LOCK + """
                            ALTER TABLE users ADD COLUMN scratch TEXT;
                            UPDATE users SET scratch = note;
                            ALTER TABLE users DROP COLUMN scratch;"""),
                    java("op.dropColumn(\"users\", \"note\"); // <", "op.addColumn(\"users\", \"note\", TEXT);"),
                    java(JAVA_LOCK + """
                            op.addColumn("users", "scratch", TEXT);
                            op.dropColumn("users", "scratch");""", "op.execute(\"SELECT 1\");")),
            new Case("add-not-null-without-default",
                    sql("ALTER TABLE users ADD COLUMN phone TEXT NOT NULL; -- <"),
                    sql(LOCK + "ALTER TABLE users ADD COLUMN phone TEXT NOT NULL DEFAULT '';"),
                    java("op.addColumn(\"users\", \"phone\", TEXT, c -> c.notNull()); // <", null),
                    java(JAVA_LOCK + "op.addColumn(\"users\", \"phone\", TEXT, c -> c.notNull().defaultValue(\"''\"));",
                            "op.dropColumn(\"users\", \"phone\");")),
            new Case("set-not-null",
                    sql("ALTER TABLE users ALTER COLUMN email SET NOT NULL; -- <"),
                    sql(LOCK + """
                            ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;
                            ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;
                            ALTER TABLE users ALTER COLUMN email SET NOT NULL;
                            ALTER TABLE users DROP CONSTRAINT users_email_nn;"""),
                    java("op.alterColumn(\"users\", \"email\", c -> c.notNull()); // <", null),
                    java(JAVA_LOCK + """
                            op.execute("ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID");
                            op.execute("ALTER TABLE users VALIDATE CONSTRAINT users_email_nn");
                            op.alterColumn("users", "email", c -> c.notNull());""",
                            "op.alterColumn(\"users\", \"email\", c -> c.nullable());")),
            new Case("narrowing-type",
                    sql("ALTER TABLE users ALTER COLUMN email TYPE VARCHAR(50); -- <"),
                    sql(LOCK + "ALTER TABLE users ALTER COLUMN email TYPE VARCHAR(500);"),
                    java("op.alterColumn(\"users\", \"email\", c -> c.type(Type.varchar(50))); // <",
                            "op.alterColumn(\"users\", \"email\", c -> c.type(Type.varchar(200)));"),
                    java(JAVA_LOCK + "op.alterColumn(\"users\", \"email\", c -> c.type(TEXT).existingType(Type.varchar(200)));",
                            "op.alterColumn(\"users\", \"email\", c -> c.type(Type.varchar(200)));")),
            new Case("rename-table",
                    sql("ALTER TABLE orders RENAME TO purchases; -- <"),
                    sql("""
                            CREATE TABLE draft (id BIGINT PRIMARY KEY);
                            ALTER TABLE draft RENAME TO final;"""),
                    java("op.renameTable(\"orders\", \"purchases\"); // <", null),
                    java("""
                            op.createTable("draft", t -> t.column("id", BIGINT, c -> c.primaryKey()));
                            op.renameTable("draft", "final");""", null)),
            new Case("rename-column",
                    sql("ALTER TABLE users RENAME COLUMN login TO username; -- <"),
                    sql(LOCK + """
                            ALTER TABLE users ADD COLUMN username TEXT;
                            UPDATE users SET username = login;"""),
                    java("op.renameColumn(\"users\", \"login\", \"username\"); // <", null),
                    java(JAVA_LOCK + """
                            op.addColumn("users", "username", TEXT);
                            op.execute("UPDATE users SET username = login");""", "op.dropColumn(\"users\", \"username\");")),
            new Case("create-index-not-concurrently",
                    sql("CREATE INDEX users_email_idx ON users (email); -- <"),
                    none(sql("CREATE INDEX CONCURRENTLY users_email_idx ON users (email);")),
                    java("op.createIndex(\"users_email_idx\", \"users\", \"email\"); // <", null),
                    none(java("op.createIndex(\"users_email_idx\", \"users\", List.of(\"email\"), i -> i.concurrently());",
                            "op.dropIndex(\"users_email_idx\", \"users\", List.of(\"email\"), i -> i.concurrently());"))),
            new Case("concurrently-in-transaction",
                    sql("CREATE INDEX CONCURRENTLY users_name_idx ON users (name); -- <"),
                    none(sql("CREATE INDEX CONCURRENTLY users_name_idx ON users (name);")),
                    java("op.createIndex(\"users_name_idx\", \"users\", List.of(\"name\"), i -> i.concurrently()); // <", null),
                    none(java("op.createIndex(\"users_name_idx\", \"users\", List.of(\"name\"), i -> i.concurrently());", null))),
            new Case("transaction-control",
                    sql("UPDATE users SET note = 'x';\nCOMMIT; -- <"),
                    // a PL/pgSQL body's BEGIN ... END is part of its statement, not transaction control
                    sql("""
                            CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
                            BEGIN
                                NEW.note := 'x';
                                RETURN NEW;
                            END;
                            $$;
                            DO $$ BEGIN PERFORM 1; END $$;"""),
                    java("op.execute(\"UPDATE users SET note = 'x'\");\nop.execute(\"COMMIT\"); // <", "op.execute(\"SELECT 1\");"),
                    none(java("op.execute(\"UPDATE users SET note = 'x'\");\nop.execute(\"COMMIT\");", "op.execute(\"SELECT 1\");"))),
            new Case("foreign-key-not-valid",
                    sql("ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id); -- <"),
                    sql(LOCK + "ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;"),
                    java("op.createForeignKey(\"orders_user_fk\", \"orders\", List.of(\"user_id\"), \"users\", List.of(\"id\")); // <",
                            null),
                    java(JAVA_LOCK + "op.execute(\"ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) "
                            + "REFERENCES users (id) NOT VALID\");", "op.dropConstraint(\"orders_user_fk\", \"orders\");")),
            new Case("foreign-key-without-index",
                    sql("""
                            CREATE TABLE payments (id BIGINT PRIMARY KEY, -- <
                                                   order_id BIGINT REFERENCES orders (id));"""),
                    sql("""
                            CREATE TABLE payments (id BIGINT PRIMARY KEY, order_id BIGINT REFERENCES orders (id));
                            CREATE INDEX payments_order_id ON payments (order_id);"""),
                    java("""
                            op.createTable("payments", t -> t // <
                                .column("id", BIGINT, c -> c.primaryKey())
                                .column("order_id", BIGINT, c -> c.references("orders", "id")));""", null),
                    java("""
                            op.createTable("payments", t -> t
                                .column("id", BIGINT, c -> c.primaryKey())
                                .column("order_id", BIGINT, c -> c.references("orders", "id")));
                            op.createIndex("payments_order_id", "payments", "order_id");""", null)),
            new Case("unique-on-existing-table",
                    sql("ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email); -- <"),
                    sql(LOCK + "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx;"),
                    java("op.createUniqueConstraint(\"users_email_key\", \"users\", \"email\"); // <", null),
                    java(JAVA_LOCK + "op.execute(\"ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx\");",
                            "op.dropConstraint(\"users_email_key\", \"users\");")),
            new Case("irreversible-operation", null, null,
                    java("op.createIndex(\"users_name_ix\", \"users\", List.of(\"name\"), i -> i.concurrently());\n"
                            + "op.execute(\"UPDATE users SET name = upper(name)\"); // <", null),
                    java("op.execute(\"UPDATE users SET name = upper(name)\", \"SELECT 1\");", null)),
            new Case("empty-downgrade",
                    new Variant("CREATE TABLE audit (id BIGINT PRIMARY KEY);", "", null, null),
                    new Variant("CREATE TABLE audit (id BIGINT PRIMARY KEY);", "DROP TABLE audit;", null, null),
                    java("op.createTable(\"audit\", t -> t.column(\"id\", BIGINT, c -> c.primaryKey()));", ""),
                    java("op.createTable(\"audit\", t -> t.column(\"id\", BIGINT, c -> c.primaryKey()));", null)),
            new Case("volatile-default",
                    sql(LOCK + "\nALTER TABLE users ADD COLUMN created_at TIMESTAMPTZ DEFAULT now(); -- <"),
                    sql(LOCK + """
                            ALTER TABLE users ADD COLUMN created_at TIMESTAMPTZ;
                            ALTER TABLE users ALTER COLUMN created_at SET DEFAULT now();"""),
                    java(JAVA_LOCK + "\nop.addColumn(\"users\", \"created_at\", TIMESTAMPTZ, c -> c.defaultValue(\"now()\")); // <", null),
                    java(JAVA_LOCK + """
                            op.addColumn("users", "created_at", TIMESTAMPTZ);
                            op.alterColumn("users", "created_at", c -> c.defaultValue("now()"));""",
                            "op.dropColumn(\"users\", \"created_at\");")),
            new Case("missing-lock-timeout",
                    sql("ALTER TABLE users ADD COLUMN nickname TEXT; -- <"),
                    sql(LOCK + "ALTER TABLE users ADD COLUMN nickname TEXT;"),
                    java("op.addColumn(\"users\", \"nickname\", TEXT); // <", null),
                    java(JAVA_LOCK + "op.addColumn(\"users\", \"nickname\", TEXT);", "op.dropColumn(\"users\", \"nickname\");")),
            // the project deploys on PostgreSQL (LintCodesTest lints as for a SQLite project that lists it)
            new Case("not-portable",
                    sql(LOCK + "\nALTER TABLE users ADD COLUMN born DATETIME; -- <"),
                    sql(LOCK + "\nALTER TABLE users ADD COLUMN born TIMESTAMP;"),
                    java(JAVA_LOCK + "\nop.execute(\"ALTER TABLE users ADD COLUMN born DATETIME\", \"SELECT 1\"); // <", null),
                    java(JAVA_LOCK + "\nop.addColumn(\"users\", \"born\", TIMESTAMP);", "op.dropColumn(\"users\", \"born\");")),
            new Case("unknown-allow",
                    sql("-- retort:allow drop-colum typo -- <\n" + LOCK + "ALTER TABLE users DROP COLUMN note;"),
                    sql("-- retort:allow drop-column the column was unused since 2.3\n" + LOCK + "ALTER TABLE users DROP COLUMN note;"),
                    new Variant(JAVA_LOCK + "op.dropColumn(\"users\", \"note\");", "op.addColumn(\"users\", \"note\", TEXT);", null,
                            "@Allow(\"drop-colum\")"),
                    new Variant(JAVA_LOCK + "op.dropColumn(\"users\", \"note\");", "op.addColumn(\"users\", \"note\", TEXT);", null,
                            "@Allow(value = \"drop-column\", reason = \"unused since 2.3\")")),
            new Case("not-analyzable",
                    null,
                    null,
                    java(JAVA_LOCK + """
                            op.addColumn("users", "nickname", TEXT);
                            try (var s = op.connection().createStatement()) { // <
                                s.execute("UPDATE users SET nickname = name");
                            } catch (java.sql.SQLException e) {
                                throw new IllegalStateException(e);
                            }""", "op.dropColumn(\"users\", \"nickname\");"),
                    java(JAVA_LOCK + """
                            op.addColumn("users", "nickname", TEXT);
                            op.execute("UPDATE users SET nickname = name");""", "op.dropColumn(\"users\", \"nickname\");")));

    private LintCases() {}
}
