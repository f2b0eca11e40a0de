package dev.retort.cli;

import dev.retort.RetortException;
import dev.retort.graph.RevisionMap;
import dev.retort.script.ControlChars;
import dev.retort.script.Format;
import dev.retort.script.Revision;
import dev.retort.script.RevisionIds;
import dev.retort.script.RevisionWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What revision and merge share: pick the id, check the new graph, write the file, say where. */
final class NewRevision {
    /** The file formats `--format` accepts. */
    enum FileFormat {
        sql(Format.SQL),
        java(Format.JAVA);

        final Format format;

        FileFormat(Format format) {
            this.format = format;
        }
    }

    private NewRevision() {}

    static Path write(CliContext ctx, ProjectFiles files, List<String> parents, List<String> labels, List<String> dependsOn,
            String message, String revId, FileFormat format) {
        return write(ctx, files, parents, labels, dependsOn, message, revId, format, "", "");
    }

    /** As above, with the upgrade and downgrade bodies autogenerate wrote. */
    static Path write(CliContext ctx, ProjectFiles files, List<String> parents, List<String> labels, List<String> dependsOn,
            String message, String revId, FileFormat format, String upgrade, String downgrade) {
        // control characters would end the message's comment line in --sql scripts or drive a terminal
        ControlChars.require("the message (-m)", message == null ? "" : message.replace("\r\n", "\n"), "\n\t");
        for (String l : labels) {
            ControlChars.require("--branch-label", l, "");
        }
        ControlChars.require("--rev-id", revId, "");
        RevisionMap map = files.map();
        String id = revId == null ? freshId(ctx, map) : checkedId(revId, map);
        List<String> splitLabels = new ArrayList<>();
        for (String l : labels) {
            for (String part : l.split(",")) {
                String label = part.strip();
                String problem = RevisionIds.labelProblem(label);
                if (problem != null) {
                    throw RetortException.usage(problem, "pick a label that can be typed in identifiers such as 'label@head'");
                }
                splitLabels.add(label);
            }
        }
        Revision revision = new Revision(id, parents, splitLabels, dependsOn,
                RevisionWriter.normalizeMessage(message == null ? "" : message), RevisionWriter.createDate(ctx.clock()), null);
        // Building the map with the new revision checks labels, dependencies and parents the way every later command will.
        List<Revision> all = new ArrayList<>(files.revisions());
        all.add(revision);
        RevisionMap.of(all);
        Path file = new RevisionWriter(files.scripts()).write(new RevisionWriter.Request(revision, format.format, upgrade, downgrade));
        ctx.out().println("Generating " + ctx.display(file) + " ... done");
        return file;
    }

    /** Alembic keeps a label as written and resolves anything else to a full id. */
    static List<String> resolveDependencies(RevisionMap map, List<String> dependsOn) {
        List<String> out = new ArrayList<>();
        for (String d : dependsOn) {
            Revision target = map.resolveOne(d);
            if (target == null) {
                throw RetortException.usage("--depends-on " + d + " names no revision", "name a revision id, prefix or branch label");
            }
            out.add(target.branchLabels().contains(d) ? d : target.id());
        }
        return out;
    }

    private static String checkedId(String revId, RevisionMap map) {
        String problem = RevisionIds.idProblem(revId);
        if (problem != null) {
            throw RetortException.usage("--rev-id: " + problem,
                    "pick an id of letters, digits, '_' and '.' (e.g. 20251016_add_phone), or leave --rev-id out for a random one");
        }
        Optional<Revision> clash = map.find(revId);
        if (clash.isPresent()) {
            String where = clash.get().source() == null ? "" : " (" + clash.get().source().path() + ")";
            throw RetortException.usage("revision id '" + revId + "' already exists" + where, "pick another --rev-id");
        }
        return revId;
    }

    private static String freshId(CliContext ctx, RevisionMap map) {
        while (true) {
            String id = RevisionWriter.randomId(ctx.random());
            if (map.find(id).isEmpty()) {
                return id;
            }
        }
    }
}
