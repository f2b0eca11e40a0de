/**
 * The one SQL lexer ({@link dev.retort.dialect.sql.SqlLexer}) with per-database hooks
 * ({@link dev.retort.dialect.sql.SqlSyntax}, from {@code Dialect.syntax()}), and the splitter that cuts
 * scripts at the terminators it finds. Everything that reads SQL text (running scripts, the scratch
 * guard, lint, SQLite catalog text, expression keys) reads it through these tokens.
 */
package dev.retort.dialect.sql;
