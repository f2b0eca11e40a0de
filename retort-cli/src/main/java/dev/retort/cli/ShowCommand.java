package dev.retort.cli;

import dev.retort.RevisionGraph;
import dev.retort.RetortException;
import dev.retort.RevisionInfo;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show the revision(s) an identifier names.")
final class ShowCommand extends CommandBase {
    @Mixin
    Options.Project project;

    @Mixin
    Options.Json json;

    @Mixin
    Options.XArguments x;

    @Parameters(index = "0", paramLabel = "REV", description = "An id, unique prefix, label, head, heads, label@head, ...")
    String rev;

    @Option(names = "--sql", description = "Print the revision's upgrade SQL (Java revisions rendered); never connects.")
    boolean sql;

    @Option(names = "--downgrade", description = "With --sql: print the downgrade part instead.")
    boolean downgrade;

    @Option(names = "--dialect", paramLabel = "NAME",
            description = "Dialect of the --sql text: postgresql, mysql, sqlite or h2 (default: the url's).")
    String dialect;

    ShowCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        if (!sql && (downgrade || dialect != null)) {
            throw RetortException.usage((downgrade ? "--downgrade" : "--dialect") + " only applies to show --sql",
                    "e.g. 'retort show " + rev + " --sql" + (downgrade ? " --downgrade" : " --dialect " + dialect) + "'");
        }
        if (sql) {
            if (json.json) {
                throw RetortException.usage("show --sql prints SQL, not JSON", "leave out --json or --sql");
            }
            String text = Runs.configure(ctx, project, x).forReading().load().revisionSql(rev, dialect, downgrade);
            ctx.out().print(text.isEmpty() || text.endsWith("\n") ? text : text + "\n");
            return;
        }
        RevisionGraph all = Runs.openForReading(ctx, project).revisions();
        GraphView graph = new GraphView(all);
        List<RevisionInfo> revisions = all.resolve(rev);
        if (json.json) {
            JsonOutput.revisions(ctx.out(), revisions, graph, ctx);
            return;
        }
        RevisionText text = new RevisionText(graph, ctx);
        for (RevisionInfo r : revisions) {
            text.entry(r).forEach(ctx.out()::println);
        }
    }
}
