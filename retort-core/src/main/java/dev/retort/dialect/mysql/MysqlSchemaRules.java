package dev.retort.dialect.mysql;

import dev.retort.Operation;
import dev.retort.dialect.SchemaRules;
import dev.retort.dialect.ddl.DdlRenderer;
import dev.retort.schema.model.SchemaColumn;

/** InnoDB's catalog: made-up foreign key names, uniques kept as indexes, RESTRICT by default. */
final class MysqlSchemaRules extends SchemaRules {
    @Override
    public boolean madeUpName(String constraintName) {
        return constraintName.matches(".+_ibfk_\\d+");
    }

    @Override
    public boolean uniquesAreIndexes() {
        return true;
    }

    @Override
    public boolean restrictIsDefault() {
        return true;
    }

    @Override
    public boolean foreignKeysWithTable() {
        return false;
    }

    @Override
    public boolean namedPrimaryKeyInline() {
        return true; // the primary key is always called PRIMARY
    }

    @Override
    public Operation.Execute identity(DdlRenderer ddl, String table, SchemaColumn c) {
        String def = "ALTER TABLE " + ddl.quote(table) + " MODIFY COLUMN " + ddl.quote(c.name()) + " " + ddl.type(c.type())
                + (c.nullable() ? " NULL" : " NOT NULL");
        return new Operation.Execute(def + " AUTO_INCREMENT", def + (c.defaultSql() == null ? "" : " DEFAULT " + c.defaultSql()));
    }
}
