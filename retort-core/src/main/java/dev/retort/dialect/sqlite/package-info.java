/** What is SQLite's own: the facts and file-url rules code outside {@code dev.retort.dialect} asks for. */
package dev.retort.dialect.sqlite;
