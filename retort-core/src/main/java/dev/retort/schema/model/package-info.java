/**
 * The schema as data ({@link dev.retort.schema.model.Schema}, tables, columns, the table filter)
 * and the {@link dev.retort.schema.model.Reflector} each database folder implements; expression
 * text normalized with {@link dev.retort.schema.model.Expressions}. Depends only on the API
 * package and the {@code Dialect} type (and its lexer).
 */
package dev.retort.schema.model;
