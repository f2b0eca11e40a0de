package dev.retort;

import dev.retort.graph.RevisionMap;
import dev.retort.script.Format;
import dev.retort.script.RevisionHeader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The revision graph of a project as it was read: its revisions, heads, branches and the
 * identifiers users type (ids, unique prefixes, labels, {@code heads}, {@code label@head},
 * ranges). Immutable; errors are {@link RetortException}s naming the file and line.
 */
public final class RevisionGraph {
    private final RevisionMap map;
    private final Map<String, RevisionInfo> infos;
    private final Set<String> realHeads;

    RevisionGraph(RevisionMap map) {
        this.map = map;
        Map<String, RevisionInfo> byId = new LinkedHashMap<>();
        for (RevisionHeader r : map.revisions()) {
            byId.put(r.id(), info(r));
        }
        this.infos = byId;
        this.realHeads = new HashSet<>(map.realHeads());
    }

    static RevisionInfo info(RevisionHeader r) {
        return new RevisionInfo(r.id(), r.revises(), r.branchLabels(), r.dependsOn(), r.message(), r.createDate(),
                r.source() == null ? null : r.source().path(), r.source() == null ? null : format(r.source().format()));
    }

    static RevisionFormat format(Format f) {
        return switch (f) {
            case SQL -> RevisionFormat.SQL;
            case JAVA -> RevisionFormat.JAVA;
            case ALEMBIC -> RevisionFormat.ALEMBIC;
        };
    }

    RevisionMap map() {
        return map;
    }

    private List<RevisionInfo> infos(Collection<RevisionHeader> revisions) {
        List<RevisionInfo> out = new ArrayList<>(revisions.size());
        for (RevisionHeader r : revisions) {
            out.add(infos.get(r.id()));
        }
        return out;
    }

    /** Every revision, in the order the files were read. */
    public List<RevisionInfo> revisions() {
        return List.copyOf(infos.values());
    }

    public int size() {
        return infos.size();
    }

    public Optional<RevisionInfo> find(String id) {
        return Optional.ofNullable(infos.get(id));
    }

    /** Head ids (revisions nothing revises), in load order. */
    public List<String> heads() {
        return map.heads();
    }

    /** Heads counting depends_on edges too (a revision another depends on is no head). */
    public List<String> realHeads() {
        return map.realHeads();
    }

    /** Whether {@code id} is a head counting depends_on edges too (a revision another depends on is no head). */
    public boolean isRealHead(String id) {
        return realHeads.contains(id);
    }

    public List<String> bases() {
        return map.bases();
    }

    public List<String> children(String id) {
        return map.children(id);
    }

    /** The branch labels that apply to {@code id}, its own and those inherited along its branch. */
    public List<String> branchLabels(String id) {
        return map.branchLabels(id);
    }

    public boolean isHead(String id) {
        return map.isHead(id);
    }

    public boolean isBranchPoint(String id) {
        return map.isBranchPoint(id);
    }

    public boolean isMergePoint(String id) {
        return map.isMergePoint(id);
    }

    /** The revisions an identifier names (an id, prefix, label, heads, label@head, ...). */
    public List<RevisionInfo> resolve(String identifier) {
        return infos(map.resolve(identifier));
    }

    /** The one revision an identifier names; empty when it names none (base). */
    public Optional<RevisionInfo> resolveOne(String identifier) {
        RevisionHeader r = map.resolveOne(identifier);
        return r == null ? Optional.empty() : Optional.of(infos.get(r.id()));
    }

    /** The revisions of a range ({@code [start]:[end]}, null for all), newest first. */
    public List<RevisionInfo> history(String range) {
        return infos(map.history(range));
    }
}
