/**
 * The {@code retort} command line: {@link dev.retort.cli.Main} parses with picocli, builds only the
 * command named (registered in {@code Main.COMMANDS}), and maps a {@code RetortException}'s kind to
 * exit code 0, 1 or 2 with an {@code error:} and a {@code hint:} line. One class per command: it
 * parses options, calls the facade ({@code dev.retort.Retort}, opened through {@code Runs}) and
 * renders its result records, writing only through {@link dev.retort.cli.CliContext}'s writers.
 * Classes here import only {@code dev.retort}, {@code dev.retort}, picocli and the JDK
 * ({@code CliImportsApiOnlyTest}; the quality commands are on a temporary list there). Core must
 * never depend on this package.
 */
package dev.retort.cli;
