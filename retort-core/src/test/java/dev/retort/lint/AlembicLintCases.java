package dev.retort.lint;

import java.util.List;

/**
 * For every lint code, an Alembic revision that triggers it and its safe twin, written the way
 * Alembic's template and autogenerate write them, all revising {@link #BASE} (PostgreSQL). A
 * line ending in {@code # <} is where the finding must point, at the line's first character.
 */
final class AlembicLintCases {
    static final String BASE = """
            op.create_table(
                'users',
                sa.Column('id', sa.BigInteger(), nullable=False),
                sa.Column('email', sa.String(length=200), nullable=True),
                sa.Column('name', sa.String(length=100), nullable=False),
                sa.Column('login', sa.Text(), nullable=True),
                sa.Column('note', sa.Text(), nullable=True),
                sa.PrimaryKeyConstraint('id'),
            )
            op.create_table(
                'orders',
                sa.Column('id', sa.BigInteger(), nullable=False),
                sa.Column('user_id', sa.BigInteger(), nullable=True),
                sa.Column('total', sa.Integer(), nullable=True),
                sa.PrimaryKeyConstraint('id'),
            )
            op.create_index(op.f('ix_orders_user_id'), 'orders', ['user_id'], unique=False)
            """;

    static final String BASE_DOWN = "op.drop_table('orders')\nop.drop_table('users')";

    /** {@code downgrade} null leaves out downgrade(); {@code markDowngrade} puts the marker on its def line. */
    record Variant(String upgrade, String downgrade, boolean markDowngrade) {}

    record Case(String code, Variant bad, Variant good) {}

    static final String LOCK = "op.execute(\"SET lock_timeout = '5s'\")\n";

    static Variant py(String upgrade) {
        return new Variant(upgrade, "op.execute('SELECT 1')", false);
    }

    static final List<Case> ALL = List.of(
            new Case("drop-table",
                    py("op.drop_table('orders')  # <"),
                    py("""
                            op.create_table('staging', sa.Column('id', sa.BigInteger(), primary_key=True))
                            op.execute('INSERT INTO staging SELECT id FROM users')
                            op.drop_table('staging')""")),
            new Case("drop-column",
                    py("op.drop_column('users', 'note')  # <"),
                    py(LOCK + """
                            op.add_column('users', sa.Column('scratch', sa.Text(), nullable=True))
                            op.execute(sa.text("UPDATE users SET scratch = note"))
                            op.drop_column('users', 'scratch')""")),
            new Case("add-not-null-without-default",
                    py("""
                            op.add_column(  # <
                                'users',
                                sa.Column('phone', sa.Text(), nullable=False, default=''),  # a Python default fills no row
                            )"""),
                    py(LOCK + "op.add_column('users', sa.Column('phone', sa.Text(), nullable=False, server_default=''))")),
            new Case("set-not-null",
                    py("""
                            op.alter_column('users', 'email',  # <
                                            existing_type=sa.String(length=200),
                                            nullable=False)"""),
                    py(LOCK + """
                            op.execute("ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID")
                            op.execute("ALTER TABLE users VALIDATE CONSTRAINT users_email_nn")
                            op.alter_column('users', 'email', existing_type=sa.String(length=200), nullable=False)""")),
            new Case("narrowing-type",
                    py("""
                            op.alter_column(  # <
                                'users',
                                'email',
                                type_=sa.String(length=50),
                                existing_type=sa.String(length=200),
                                existing_nullable=True,
                            )"""),
                    py(LOCK + "op.alter_column('users', 'email', type_=sa.Text(), existing_type=sa.String(length=200))")),
            new Case("rename-table",
                    py("op.rename_table('orders', 'purchases')  # <"),
                    py("""
                            op.create_table('draft', sa.Column('id', sa.BigInteger(), primary_key=True))
                            op.rename_table('draft', 'final')""")),
            new Case("rename-column",
                    py("op.alter_column('users', 'login', new_column_name='username')  # <"),
                    py(LOCK + """
                            op.add_column('users', sa.Column('username', sa.Text(), nullable=True))
                            op.execute("UPDATE users SET username = login")""")),
            new Case("create-index-not-concurrently",
                    py("op.create_index(op.f('ix_users_email'), 'users', ['email'], unique=False)  # <"),
                    py("""
                            with op.get_context().autocommit_block():
                                op.create_index(
                                    op.f('ix_users_email'),
                                    'users',
                                    ['email'],
                                    unique=False,
                                    postgresql_concurrently=True,
                                )""")),
            new Case("concurrently-in-transaction",
                    py("op.create_index('ix_users_name', 'users', ['name'], postgresql_concurrently=True)  # <"),
                    py("""
                            with op.get_context().autocommit_block():
                                op.create_index('ix_users_name', 'users', ['name'], postgresql_concurrently=True)""")),
            new Case("foreign-key-not-valid",
                    py("op.create_foreign_key('fk_orders_user', 'orders', 'users', ['user_id'], ['id'])  # <"),
                    py(LOCK + """
                            op.create_foreign_key(
                                'fk_orders_user', 'orders', 'users', ['user_id'], ['id'], postgresql_not_valid=True
                            )""")),
            new Case("foreign-key-without-index",
                    py("""
                            op.create_table(
                                'payments',
                                sa.Column('id', sa.BigInteger(), nullable=False),
                                sa.Column('order_id', sa.BigInteger(), nullable=True),
                                sa.PrimaryKeyConstraint('id'),
                            )
                            op.create_foreign_key('fk_payments_order', 'payments', 'orders', ['order_id'], ['id'])  # <"""),
                    py("""
                            op.create_table(
                                'payments',
                                sa.Column('id', sa.BigInteger(), nullable=False),
                                sa.Column('order_id', sa.BigInteger(), nullable=True),
                                sa.PrimaryKeyConstraint('id'),
                            )
                            op.create_foreign_key('fk_payments_order', 'payments', 'orders', ['order_id'], ['id'])
                            op.create_index('ix_payments_order_id', 'payments', ['order_id'])""")),
            new Case("unique-on-existing-table",
                    py("op.create_unique_constraint('uq_users_email', 'users', ['email'])  # <"),
                    py(LOCK + "op.execute('ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE USING INDEX ix_users_email')")),
            new Case("empty-downgrade",
                    new Variant("op.create_table('audit', sa.Column('id', sa.BigInteger(), primary_key=True))", "pass", true),
                    new Variant("op.create_table('audit', sa.Column('id', sa.BigInteger(), primary_key=True))",
                            "op.drop_table('audit')", false)),
            new Case("volatile-default",
                    py(LOCK + """
                            op.add_column('users', sa.Column('created_at', sa.DateTime(timezone=True),  # <
                                                             server_default=sa.text('now()'), nullable=True))"""),
                    py(LOCK + """
                            op.add_column('users', sa.Column('created_at', sa.DateTime(timezone=True), nullable=True))
                            op.alter_column('users', 'created_at', server_default=sa.text('now()'))""")),
            new Case("missing-lock-timeout",
                    py("op.add_column('users', sa.Column('nickname', sa.Text(), nullable=True))  # <"),
                    py(LOCK + "op.add_column('users', sa.Column('nickname', sa.Text(), nullable=True))")),
            new Case("unknown-allow",
                    py("# retort: allow drop-colum typo  # <\n" + LOCK + "op.drop_column('users', 'note')"),
                    py(LOCK + "# retort: allow drop-column the column was unused since 2.3\nop.drop_column('users', 'note')")),
            new Case("transaction-control",
                    py("op.execute(\"UPDATE users SET note = 'x'\")\nop.execute('COMMIT')  # <"),
                    py("""
                            op.execute("UPDATE users SET note = 'x'")
                            with op.get_context().autocommit_block():
                                op.execute("VACUUM users")""")),
            new Case("not-analyzable",
                    py(LOCK + """
                            for table in ('users', 'orders'):  # <
                                op.add_column(table, sa.Column('updated_at', sa.DateTime(), nullable=True))"""),
                    py(LOCK + """
                            op.add_column('users', sa.Column('updated_at', sa.DateTime(), nullable=True))
                            op.add_column('orders', sa.Column('updated_at', sa.DateTime(), nullable=True))""")));

    private AlembicLintCases() {}

    /** An Alembic revision file as Alembic 1.8's template writes it. */
    static String file(String id, String parent, String upgrade, String downgrade, boolean markDowngrade) {
        StringBuilder b = new StringBuilder();
        b.append("\"\"\"").append(id.replace('_', ' ')).append("\n\nRevision ID: ").append(id).append("\nRevises: ")
                .append(parent == null ? "" : parent).append("\nCreate Date: 2024-03-01 10:00:00.000000\n\n\"\"\"\n");
        b.append("from alembic import op\nimport sqlalchemy as sa\n\n\n# revision identifiers, used by Alembic.\n");
        b.append("revision = '").append(id).append("'\ndown_revision = ").append(parent == null ? "None" : "'" + parent + "'")
                .append("\nbranch_labels = None\ndepends_on = None\n\n\n");
        b.append("def upgrade():\n").append(indent(upgrade));
        if (downgrade != null) {
            b.append("\n\ndef downgrade():").append(markDowngrade ? "  # <" : "").append('\n').append(indent(downgrade));
        }
        return b.toString();
    }

    static String indent(String body) {
        StringBuilder b = new StringBuilder();
        for (String line : body.strip().split("\n", -1)) {
            b.append(line.isBlank() ? "" : "    " + line.stripTrailing()).append('\n');
        }
        return b.toString();
    }
}
