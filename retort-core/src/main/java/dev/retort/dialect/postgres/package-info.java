/** What is PostgreSQL's own: the facts and url rules code outside {@code dev.retort.dialect} asks for. */
package dev.retort.dialect.postgres;
