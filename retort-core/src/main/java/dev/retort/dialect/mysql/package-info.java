/** What is MySQL's and MariaDB's own: the facts, url rules and scratch-guard rules code outside this folder asks for. */
package dev.retort.dialect.mysql;
