/**
 * SQL revisions as lint reads them: statements (cut and lexed by the dialect's one SQL lexer)
 * classified into the common change model, so the rules judge SQL and Java revisions alike.
 */
package dev.retort.lint.sql;
