/**
 * The {@code retort} command line: {@link dev.retort.cli.Main} parses with picocli, builds only the
 * command named (registered in {@code Main.COMMANDS}), and maps a {@code RetortException}'s kind to
 * exit code 0, 1 or 2 with an {@code error:} and a {@code hint:} line. One class per command,
 * writing only through {@link dev.retort.cli.CliContext}'s writers. Core must never depend on
 * this package; commands should call the facade, though several still call core packages directly
 * (see docs/architecture.md).
 */
package dev.retort.cli;
