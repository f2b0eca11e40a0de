package dev.retort;

import java.util.List;

/**
 * What {@code retort merge} writes.
 *
 * @param revisions what to merge: ids, prefixes, labels, or "heads"; they must name two or more
 * @param message what the merge is for (may be null)
 * @param branchLabels labels for the merge revision
 * @param revId the new id, or null for 12 random hex digits
 * @param format SQL or JAVA
 */
public record MergeRequest(List<String> revisions, String message, List<String> branchLabels, String revId, RevisionFormat format) {
    public MergeRequest {
        revisions = List.copyOf(revisions);
        branchLabels = List.copyOf(branchLabels);
        format = format == null ? RevisionFormat.SQL : format;
    }
}
