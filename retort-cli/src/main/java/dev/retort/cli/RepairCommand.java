package dev.retort.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "repair", mixinStandardHelpOptions = true,
        description = "Clear failed markers once the database is fixed by hand (undone, or --finished); optionally accept changed checksums.")
final class RepairCommand extends CommandBase {
    @Mixin
    Options.Project project;

    @Mixin
    Options.Lock lock;

    @Mixin
    Options.Json json;

    @Option(names = "--accept-checksums", description = "Record the current checksum of applied files that changed (after review).")
    boolean acceptChecksums;

    @Option(names = "--finished", paramLabel = "REV", split = ",",
            description = "The failed revision was finished by hand: record it as done (applied after a failed upgrade, "
                    + "reverted after a failed downgrade) instead of clearing it as undone.")
    List<String> finished = new ArrayList<>();

    RepairCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        Runs.report(ctx, new Runs.How(project, lock, json), "repair", r -> r.repair(acceptChecksums, finished));
    }
}
