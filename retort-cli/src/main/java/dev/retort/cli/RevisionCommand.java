package dev.retort.cli;

import dev.retort.AutogenerateResult;
import dev.retort.RetortException;
import dev.retort.graph.RevisionMap;
import dev.retort.script.Revision;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "revision", mixinStandardHelpOptions = true, description = "Write a new revision file after the current head.")
final class RevisionCommand extends CommandBase {
    @Mixin
    Options.Project project;

    @Option(names = {"-m", "--message"}, paramLabel = "MSG", description = "What the revision does.")
    String message;

    @Option(names = "--head", paramLabel = "REV", description = "The revision to follow (default: the single head; 'base' starts a new root).")
    String head;

    @Option(names = "--splice", description = "Allow --head to name a revision that is not a head, starting a new branch.")
    boolean splice;

    @Option(names = "--branch-label", paramLabel = "LABEL", description = "Branch label(s) for the new revision.")
    List<String> branchLabels = new ArrayList<>();

    @Option(names = "--depends-on", paramLabel = "REV", description = "Revision(s) this one depends on, across branches.")
    List<String> dependsOn = new ArrayList<>();

    @Option(names = "--rev-id", paramLabel = "ID", description = "Id of the new revision (default: 12 random hex digits).")
    String revId;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "sql", description = "sql (default) or java.")
    NewRevision.FileFormat format;

    @Option(names = "--autogenerate", description = "Compare the database (at head) with [model] in retort.toml and write what makes them equal.")
    boolean autogenerate;

    @Option(names = "--allow-empty", description = "With --autogenerate: write the revision even when nothing changed.")
    boolean allowEmpty;

    RevisionCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        ProjectFiles files = ProjectFiles.open(ctx, project);
        RevisionMap map = files.map();
        List<Revision> parents = parents(map);
        List<String> ids = new ArrayList<>();
        for (Revision p : parents) {
            if (ids.contains(p.id())) {
                throw RetortException.usage("--head names " + p.id() + " twice", "name each parent once");
            }
            if (!splice && !map.children(p.id()).isEmpty()) {
                throw RetortException.usage("revision " + p.id() + " is not a head revision",
                        "pass --splice to start a new branch from it, or follow a head: " + String.join(", ", map.heads()));
            }
            ids.add(p.id());
        }
        List<String> dependencies = NewRevision.resolveDependencies(map, dependsOn);
        String upgrade = "";
        String downgrade = "";
        if (autogenerate) {
            AutogenerateResult bodies = AutogenerateRevision.bodies(ctx, project, format, allowEmpty);
            if (bodies == null) {
                return;
            }
            upgrade = bodies.upgrade();
            downgrade = bodies.downgrade();
        }
        NewRevision.write(ctx, files, ids, branchLabels, dependencies, message, revId, format, upgrade, downgrade);
    }

    private List<Revision> parents(RevisionMap map) {
        if ("base".equals(head)) {
            return List.of();
        }
        if (head != null) {
            return map.resolve(head);
        }
        List<String> heads = map.heads();
        if (heads.size() > 1) {
            throw RetortException.usage("multiple heads are present (" + String.join(", ", heads)
                    + "); the new revision needs to know which one it follows",
                    "pass --head REV, or first merge them: retort merge heads -m \"merge heads\"");
        }
        List<Revision> out = new ArrayList<>();
        for (String id : heads) {
            out.add(map.find(id).orElseThrow());
        }
        return out;
    }
}
