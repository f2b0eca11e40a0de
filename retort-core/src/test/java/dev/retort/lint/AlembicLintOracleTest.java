package dev.retort.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.report.Finding;
import dev.retort.support.TestProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real Alembic as the oracle for lint's reading of op.* calls: Alembic renders every case
 * revision as PostgreSQL DDL (offline, {@code upgrade heads --sql}), lint judges that SQL as a
 * SQL revision, and the codes must be the ones lint finds reading the .py file. Cases about
 * comments, loops and downgrades have no SQL to compare and are left out. Skipped when Alembic
 * is not installed.
 */
class AlembicLintOracleTest {
    private static final String PYTHON = "/usr/bin/python3";
    // offline SQL cannot tell a revision's own COMMIT from the ones Alembic writes around autocommit blocks
    private static final List<String> NOT_IN_SQL = List.of("unknown-allow", "not-analyzable", "empty-downgrade", "transaction-control");
    private static final Pattern SECTION = Pattern.compile("(?m)^-- Running upgrade \\S* -> (\\S+)$");

    /** Shapes beyond the per-code cases: batches, multi-statement execute, defaults, foreign keys in create_table. */
    private static final Map<String, String> SHAPES = Map.of(
            "shape_batch", """
                    with op.batch_alter_table('users', schema=None) as batch_op:
                        batch_op.drop_column('note')
                        batch_op.alter_column('email', existing_type=sa.String(length=200), type_=sa.String(length=20))
                        batch_op.add_column(sa.Column('age', sa.Integer(), nullable=False))
                        batch_op.create_index(batch_op.f('ix_users_login'), ['login'], unique=False)
                        batch_op.create_foreign_key('fk_users_self', 'users', ['id'], ['id'])
                        batch_op.create_unique_constraint('uq_users_name', ['name'])""",
            "shape_execute", """
                    op.execute(sa.text("DROP TABLE orders"))
                    op.execute(
                        \"\"\"
                        ALTER TABLE users ADD COLUMN phone TEXT NOT NULL;
                        CREATE INDEX users_phone ON users (phone);
                        \"\"\"
                    )""",
            "shape_defaults", """
                    op.execute("SET lock_timeout = '5s'")
                    op.add_column('users', sa.Column('active', sa.Boolean(), server_default=sa.true(), nullable=False))
                    op.add_column('users', sa.Column('seen', sa.DateTime(), server_default=sa.func.now(), nullable=False))
                    op.add_column('users', sa.Column('kind', sa.String(20), server_default='member', nullable=False))
                    op.alter_column('users', 'name', server_default=None, existing_type=sa.String(length=100))""",
            "shape_create_table", """
                    op.create_table(
                        'payments',
                        sa.Column('id', sa.Integer(), nullable=False),
                        sa.Column('order_id', sa.BigInteger(), sa.ForeignKey('orders.id', ondelete='CASCADE'), nullable=False),
                        sa.Column('user_id', sa.BigInteger(), nullable=True),
                        sa.Column('amount', sa.Numeric(10, 2), nullable=False),
                        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name='fk_payments_user'),
                        sa.PrimaryKeyConstraint('id'),
                        sa.UniqueConstraint('order_id', name='uq_payments_order'),
                        sa.CheckConstraint('amount > 0', name='ck_payments_amount'),
                    )
                    op.create_index('ix_payments_user', 'payments', ['user_id'])""");

    @TempDir
    Path dir;

    @Test
    void lintReadsOpCallsAsAlembicRendersThem() throws Exception {
        assumeTrue(alembicInstalled(), "Alembic is not installed for " + PYTHON);
        Map<String, String> upgrades = new LinkedHashMap<>();
        for (AlembicLintCases.Case c : AlembicLintCases.ALL) {
            if (!NOT_IN_SQL.contains(c.code())) {
                upgrades.put(c.code().replace('-', '_') + "_bad", c.bad().upgrade());
                upgrades.put(c.code().replace('-', '_') + "_good", c.good().upgrade());
            }
        }
        upgrades.putAll(SHAPES);
        TestProject py = new TestProject(dir.resolve("py"));
        // "base" is a reserved word to Alembic, so the root is b0
        py.write("b0.py", AlembicLintCases.file("b0", null, AlembicLintCases.BASE, "pass", false));
        upgrades.forEach((id, up) -> py.write(id + ".py", AlembicLintCases.file(id, "b0", up, "op.execute('SELECT 1')", false)));

        Map<String, String> rendered = offlineSql(dir.resolve("py").resolve("migrations"));
        TestProject sql = new TestProject(dir.resolve("sql"));
        sql.sql("b0", null, rendered.get("b0"), "SELECT 1;");
        for (String id : upgrades.keySet()) {
            String section = rendered.get(id);
            assertThat(section).as("Alembic's SQL for %s", id).isNotNull();
            // COMMIT inside a revision's section: Alembic ran part of it in an autocommit block
            boolean autocommit = section.contains("COMMIT;");
            sql.sql(id, "b0", section.replace("COMMIT;", "").replace("BEGIN;", "").strip() + "\nSELECT 1;", "SELECT 1;",
                    autocommit ? new String[] {"Transaction: none"} : new String[0]);
        }
        LintReport fromPy = LintProject.lint(py, "postgresql", "b0");
        LintReport fromSql = LintProject.lint(sql, "postgresql", "b0");
        for (String id : upgrades.keySet()) {
            assertThat(codes(fromPy, id + ".py")).as("%s: lint of the .py (left) and of Alembic's SQL:%n%s", id, rendered.get(id))
                    .isEqualTo(codes(fromSql, id + ".sql"));
        }
        assertThat(codes(fromPy, "shape_batch.py")).contains("drop-column", "narrowing-type", "add-not-null-without-default");
    }

    private static List<String> codes(LintReport r, String file) {
        return r.findings().stream().filter(f -> f.file().getFileName().toString().equals(file)).map(Finding::code).sorted().toList();
    }

    private static boolean alembicInstalled() {
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import alembic").redirectErrorStream(true).start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Each revision's PostgreSQL statements as Alembic renders them offline, without its version-table bookkeeping. */
    private Map<String, String> offlineSql(Path scripts) throws Exception {
        Files.writeString(scripts.resolve("env.py"), """
                from alembic import context
                context.configure(url="postgresql://lint@localhost/oracle", literal_binds=True, transaction_per_migration=True)
                with context.begin_transaction():
                    context.run_migrations()
                """);
        Path ini = dir.resolve("alembic.ini");
        Files.writeString(ini, "[alembic]\nscript_location = " + scripts + "\n");
        Process p = new ProcessBuilder(PYTHON, "-m", "alembic", "-c", ini.toString(), "upgrade", "heads", "--sql")
                .redirectError(dir.resolve("alembic.err").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("alembic.err"))).isZero();
        Map<String, String> sections = new LinkedHashMap<>();
        Matcher m = SECTION.matcher(out);
        List<int[]> starts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.end()});
            ids.add(m.group(1));
        }
        for (int i = 0; i < ids.size(); i++) {
            int end = i + 1 < ids.size() ? out.lastIndexOf("BEGIN;", starts.get(i + 1)[0]) : out.length();
            String body = out.substring(starts.get(i)[0], Math.max(starts.get(i)[0], end));
            StringBuilder kept = new StringBuilder();
            for (String statement : body.split(";\\s*\\n")) {
                String s = statement.strip();
                if (!s.isEmpty() && !s.contains("alembic_version")) {
                    kept.append(s).append(";\n");
                }
            }
            // the section's own closing COMMIT is not an autocommit block
            String text = kept.toString().strip();
            sections.put(ids.get(i), text.endsWith("COMMIT;") ? text.substring(0, text.length() - "COMMIT;".length()).strip() : text);
        }
        return sections;
    }
}
