package dev.retort;

import dev.retort.graph.RevisionMap;
import dev.retort.script.ControlChars;
import dev.retort.script.Format;
import dev.retort.script.RevisionHeader;
import dev.retort.script.RevisionIds;
import dev.retort.script.RevisionWriter;
import dev.retort.script.ScriptDirectory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** {@code revision} and {@code merge}: a new revision file, checked the way every later command will read it. */
final class RevisionFiles {
    private RevisionFiles() {}

    static RevisionInfo revision(RevisionMap map, ScriptDirectory scripts, NewRevisionRequest r, Clock clock, RandomGenerator random,
            Map<String, String> x) {
        List<String> ids = parents(map, r);
        List<String> dependencies = resolveDependencies(map, r.dependsOn());
        return write(map, scripts, ids, r.branchLabels(), dependencies, r.message(), r.revId(), r.format(), r.upgradeBody(),
                r.downgradeBody(), clock, random, x);
    }

    /** The new revision's parents, checked: heads unless the request splices. */
    static List<String> parents(RevisionMap map, NewRevisionRequest r) {
        List<String> ids = new ArrayList<>();
        for (RevisionHeader p : parents(map, r.head())) {
            if (ids.contains(p.id())) {
                throw RetortException.usage("--head names " + p.id() + " twice", "name each parent once");
            }
            if (!r.splice() && !map.children(p.id()).isEmpty()) {
                throw RetortException.usage("revision " + p.id() + " is not a head revision",
                        "pass --splice to start a new branch from it, or follow a head: " + String.join(", ", map.heads()));
            }
            ids.add(p.id());
        }
        return ids;
    }

    static RevisionInfo merge(RevisionMap map, ScriptDirectory scripts, MergeRequest r, Clock clock, RandomGenerator random,
            Map<String, String> x) {
        List<String> parents = new ArrayList<>();
        for (String rev : r.revisions()) {
            for (RevisionHeader p : map.resolve(rev)) {
                if (!parents.contains(p.id())) {
                    parents.add(p.id());
                }
            }
        }
        if (parents.size() < 2) {
            throw RetortException.usage("a merge needs at least two revisions; " + String.join(" ", r.revisions())
                    + " names " + (parents.isEmpty() ? "none" : "only " + parents.get(0)),
                    "name two or more revisions, or 'heads' for all heads");
        }
        return write(map, scripts, parents, r.branchLabels(), List.of(), r.message(), r.revId(), r.format(), "", "", clock, random, x);
    }

    private static List<RevisionHeader> parents(RevisionMap map, String head) {
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
        List<RevisionHeader> out = new ArrayList<>();
        for (String id : heads) {
            out.add(map.find(id).orElseThrow());
        }
        return out;
    }

    private static RevisionInfo write(RevisionMap map, ScriptDirectory scripts, List<String> parents, List<String> labels,
            List<String> dependsOn, String message, String revId, RevisionFormat format, String upgrade, String downgrade,
            Clock clock, RandomGenerator random, Map<String, String> x) {
        // control characters would end the message's comment line in --sql scripts or drive a terminal
        ControlChars.require("the message (-m)", message == null ? "" : message.replace("\r\n", "\n"), "\n\t");
        for (String l : labels) {
            ControlChars.require("--branch-label", l, "");
        }
        ControlChars.require("--rev-id", revId, "");
        String id = revId == null ? freshId(map, random) : checkedId(revId, map);
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
        RevisionHeader revision = new RevisionHeader(id, parents, splitLabels, dependsOn,
                RevisionWriter.normalizeMessage(message == null ? "" : message), RevisionWriter.createDate(clock), null);
        // Building the map with the new revision checks labels, dependencies and parents the way every later command will.
        List<RevisionHeader> all = new ArrayList<>(map.revisions());
        all.add(revision);
        RevisionMap.of(all);
        Format f = switch (format) {
            case SQL -> Format.SQL;
            case JAVA -> Format.JAVA;
            case ALEMBIC -> throw RetortException.usage("Retort writes new revisions as sql or java, not as Alembic files",
                    "pass --format sql or --format java");
        };
        Path file = new RevisionWriter(scripts, x).write(new RevisionWriter.Request(revision, f, upgrade, downgrade));
        RevisionInfo info = RevisionGraph.info(revision);
        return new RevisionInfo(info.id(), info.revises(), info.branchLabels(), info.dependsOn(), info.message(),
                info.createDate(), file, format);
    }

    static List<String> resolveDependencies(RevisionMap map, List<String> dependsOn) {
        List<String> out = new ArrayList<>();
        for (String d : dependsOn) {
            RevisionHeader target = map.resolveOne(d);
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
        Optional<RevisionHeader> clash = map.find(revId);
        if (clash.isPresent()) {
            String where = clash.get().source() == null ? "" : " (" + clash.get().source().path() + ")";
            throw RetortException.usage("revision id '" + revId + "' already exists" + where, "pick another --rev-id");
        }
        return revId;
    }

    private static String freshId(RevisionMap map, RandomGenerator random) {
        while (true) {
            String id = RevisionWriter.randomId(random);
            if (map.find(id).isEmpty()) {
                return id;
            }
        }
    }
}
