package dev.retort.schema;

import dev.retort.support.TestDatabases.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Kinds of model change, each as the schema before (the database at head) and after (the
 * model), in DDL every database accepts. {@code {auto}} is the database's auto-increment key.
 */
final class Corpus {
    record Case(String name, List<String> before, List<String> after, Set<Kind> only) {
        @Override
        public String toString() {
            return name;
        }

        boolean runsOn(Kind kind) {
            return only.isEmpty() || only.contains(kind);
        }
    }

    static final String PARENT = "CREATE TABLE parent (id INT NOT NULL, name VARCHAR(50), CONSTRAINT pk_parent PRIMARY KEY (id))";
    static final String CHILD = "CREATE TABLE child (id INT NOT NULL, parent_id INT, qty INT,"
            + " CONSTRAINT pk_child PRIMARY KEY (id), CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id))";

    private static final String HUSBAND_FK = "CONSTRAINT fk_husband_wife FOREIGN KEY (wife_id) REFERENCES wife (id)";

    private Corpus() {}

    static List<Case> all() {
        List<Case> c = new ArrayList<>();
        add(c, "create table", List.of(), List.of(PARENT));
        add(c, "drop table", List.of(PARENT), List.of());
        add(c, "add nullable column", List.of(PARENT), List.of(parent(", note VARCHAR(20)")));
        add(c, "add not-null column with default", List.of(PARENT), List.of(parent(", qty INT DEFAULT 0 NOT NULL")));
        add(c, "drop column", List.of(parent(", note VARCHAR(20)")), List.of(PARENT));
        add(c, "rename column", List.of(parent(", note VARCHAR(20)")), List.of(parent(", remark VARCHAR(20)")));
        add(c, "rename table", List.of(PARENT), List.of(PARENT.replace("parent", "ancestor")));
        add(c, "widen varchar", List.of(PARENT), List.of(PARENT.replace("VARCHAR(50)", "VARCHAR(100)")));
        add(c, "int to bigint", List.of(parent(", n INT")), List.of(parent(", n BIGINT")));
        add(c, "numeric precision", List.of(parent(", price NUMERIC(8,2)")), List.of(parent(", price NUMERIC(12,3)")));
        add(c, "make not null", List.of(PARENT), List.of(PARENT.replace("VARCHAR(50)", "VARCHAR(50) NOT NULL")));
        add(c, "make nullable", List.of(PARENT.replace("VARCHAR(50)", "VARCHAR(50) NOT NULL")), List.of(PARENT));
        add(c, "add default", List.of(parent(", n INT")), List.of(parent(", n INT DEFAULT 7")));
        add(c, "drop default", List.of(parent(", n INT DEFAULT 7")), List.of(parent(", n INT")));
        add(c, "change default", List.of(parent(", status VARCHAR(10) DEFAULT 'new'")),
                List.of(parent(", status VARCHAR(10) DEFAULT 'old'")));
        add(c, "add unique constraint", List.of(PARENT), List.of(parent(", CONSTRAINT uq_parent_name UNIQUE (name)")));
        add(c, "drop unique constraint", List.of(parent(", CONSTRAINT uq_parent_name UNIQUE (name)")), List.of(PARENT));
        add(c, "add check constraint", List.of(parent(", n INT")), List.of(parent(", n INT, CONSTRAINT ck_parent_n CHECK (n > 0)")));
        add(c, "drop check constraint", List.of(parent(", n INT, CONSTRAINT ck_parent_n CHECK (n > 0)")), List.of(parent(", n INT")));
        add(c, "add index", List.of(PARENT), List.of(PARENT, "CREATE INDEX ix_parent_name ON parent (name)"));
        add(c, "drop index", List.of(PARENT, "CREATE INDEX ix_parent_name ON parent (name)"), List.of(PARENT));
        add(c, "add unique index", List.of(PARENT), List.of(PARENT, "CREATE UNIQUE INDEX ux_parent_name ON parent (name)"));
        add(c, "multi-column index", List.of(parent(", n INT")),
                List.of(parent(", n INT"), "CREATE INDEX ix_parent_name_n ON parent (name, n)"));
        add(c, "change index columns", List.of(parent(", n INT"), "CREATE INDEX ix_parent ON parent (name)"),
                List.of(parent(", n INT"), "CREATE INDEX ix_parent ON parent (n, name)"));
        add(c, "add foreign key", List.of(PARENT, CHILD.replace(", CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id)", "")),
                List.of(PARENT, CHILD));
        add(c, "drop foreign key", List.of(PARENT, CHILD),
                List.of(PARENT, CHILD.replace(", CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id)", "")));
        add(c, "foreign key on delete cascade", List.of(PARENT, CHILD),
                List.of(PARENT, CHILD.replace("REFERENCES parent (id)", "REFERENCES parent (id) ON DELETE CASCADE")));
        add(c, "foreign key on update and set null", List.of(PARENT, CHILD),
                List.of(PARENT, CHILD.replace("REFERENCES parent (id)", "REFERENCES parent (id) ON DELETE SET NULL ON UPDATE CASCADE")));
        add(c, "create tables in foreign-key order", List.of(), List.of(PARENT, CHILD,
                "CREATE TABLE grandchild (id INT NOT NULL, child_id INT NOT NULL, CONSTRAINT pk_grandchild PRIMARY KEY (id),"
                        + " CONSTRAINT fk_gc_child FOREIGN KEY (child_id) REFERENCES child (id))"));
        add(c, "drop tables in reverse foreign-key order", List.of(PARENT, CHILD), List.of());
        add(c, "create a foreign-key cycle", List.of(), cycle());
        add(c, "drop a foreign-key cycle", cycle(), List.of());
        add(c, "self-referencing table", List.of(), List.of("CREATE TABLE node (id INT NOT NULL, up INT,"
                + " CONSTRAINT pk_node PRIMARY KEY (id), CONSTRAINT fk_node_up FOREIGN KEY (up) REFERENCES node (id))"));
        add(c, "add primary key", List.of("CREATE TABLE bare (id INT NOT NULL, v INT)"),
                List.of("CREATE TABLE bare (id INT NOT NULL, v INT, CONSTRAINT pk_bare PRIMARY KEY (id))"));
        add(c, "change primary key columns", List.of("CREATE TABLE pair (a INT NOT NULL, b INT NOT NULL, CONSTRAINT pk_pair PRIMARY KEY (a))"),
                List.of("CREATE TABLE pair (a INT NOT NULL, b INT NOT NULL, CONSTRAINT pk_pair PRIMARY KEY (a, b))"));
        add(c, "auto-increment key", List.of(), List.of("CREATE TABLE seq (id {auto}, v VARCHAR(10))"));
        c.add(new Case("make a key auto-increment", List.of("CREATE TABLE seq (id INT NOT NULL, v INT, CONSTRAINT pk_seq PRIMARY KEY (id))"),
                List.of("CREATE TABLE seq (id {auto}, v INT)"), Set.of(Kind.POSTGRESQL, Kind.MARIADB, Kind.H2)));
        add(c, "composite foreign key", List.of("CREATE TABLE pair (a INT NOT NULL, b INT NOT NULL, CONSTRAINT pk_pair PRIMARY KEY (a, b))"),
                List.of("CREATE TABLE pair (a INT NOT NULL, b INT NOT NULL, CONSTRAINT pk_pair PRIMARY KEY (a, b))",
                        "CREATE TABLE link (id INT NOT NULL, pa INT, pb INT, CONSTRAINT pk_link PRIMARY KEY (id),"
                                + " CONSTRAINT fk_link_pair FOREIGN KEY (pa, pb) REFERENCES pair (a, b))"));
        add(c, "drop an indexed column", List.of(parent(", n INT"), "CREATE INDEX ix_parent_n ON parent (n)"), List.of(PARENT));
        add(c, "rename an indexed column", List.of(parent(", n INT"), "CREATE INDEX ix_parent_n ON parent (n)"),
                List.of(parent(", m INT"), "CREATE INDEX ix_parent_n ON parent (m)"));
        add(c, "new table referenced by a new column", List.of(PARENT),
                List.of("CREATE TABLE kind (id INT NOT NULL, CONSTRAINT pk_kind PRIMARY KEY (id))",
                        parent(", kind_id INT, CONSTRAINT fk_parent_kind FOREIGN KEY (kind_id) REFERENCES kind (id)")));
        add(c, "widen a foreign-key column on both sides", List.of(PARENT, CHILD),
                List.of(PARENT.replace("id INT", "id BIGINT"), CHILD.replace("parent_id INT", "parent_id BIGINT")));
        add(c, "many changes at once", List.of(PARENT, CHILD, "CREATE INDEX ix_child_qty ON child (qty)"),
                List.of(parent(", note VARCHAR(30) DEFAULT 'x', CONSTRAINT uq_parent_name UNIQUE (name)"),
                        CHILD.replace("qty INT", "amount INT NOT NULL"),
                        "CREATE TABLE tag (id INT NOT NULL, child_id INT, label VARCHAR(20) NOT NULL, CONSTRAINT pk_tag PRIMARY KEY (id),"
                                + " CONSTRAINT fk_tag_child FOREIGN KEY (child_id) REFERENCES child (id) ON DELETE CASCADE)",
                        "CREATE INDEX ix_tag_label ON tag (label)"));
        c.add(new Case("partial index", List.of(parent(", deleted INT")),
                List.of(parent(", deleted INT"), "CREATE UNIQUE INDEX ux_live_name ON parent (name) WHERE deleted IS NULL"),
                Set.of(Kind.POSTGRESQL, Kind.SQLITE)));
        add(c, "types of every kind", List.of(), List.of("CREATE TABLE typed (id BIGINT NOT NULL, s SMALLINT, b BOOLEAN,"
                + " d DATE, ts TIMESTAMP NULL, r REAL, dp DOUBLE PRECISION, n NUMERIC(5,1), v VARCHAR(7),"
                + " CONSTRAINT pk_typed PRIMARY KEY (id))"));
        return c;
    }

    private static List<String> cycle() {
        return List.of("CREATE TABLE husband (id INT NOT NULL, wife_id INT, CONSTRAINT pk_husband PRIMARY KEY (id){inline})",
                "CREATE TABLE wife (id INT NOT NULL, husband_id INT, CONSTRAINT pk_wife PRIMARY KEY (id),"
                        + " CONSTRAINT fk_wife_husband FOREIGN KEY (husband_id) REFERENCES husband (id))",
                "{alter}ALTER TABLE husband ADD " + HUSBAND_FK);
    }

    private static String parent(String more) {
        return PARENT.replace(", CONSTRAINT pk_parent", more + ", CONSTRAINT pk_parent");
    }

    private static void add(List<Case> c, String name, List<String> before, List<String> after) {
        c.add(new Case(name, before, after, Set.of()));
    }

    /**
     * The database's spelling of {@code {auto}}; SQLite cannot add a foreign key with ALTER, so
     * there the cycle's second key is declared inline ({@code {inline}}) and the ALTER
     * ({@code {alter}}) is left out (null).
     */
    static String sql(Kind kind, String ddl) {
        boolean sqlite = kind == Kind.SQLITE;
        if (ddl.startsWith("{alter}")) {
            return sqlite ? null : ddl.substring(7);
        }
        ddl = ddl.replace("{inline}", sqlite ? ", " + HUSBAND_FK : "");
        return ddl.replace("{auto}", switch (kind) {
            case POSTGRESQL, H2 -> "INT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
            case MARIADB -> "INT AUTO_INCREMENT PRIMARY KEY";
            case SQLITE -> "INTEGER PRIMARY KEY AUTOINCREMENT";
        });
    }
}
