package dev.retort;

import java.util.List;

/**
 * What {@code retort revision} writes.
 *
 * @param message what the revision does (may be null)
 * @param head the revision to follow: null for the single head, "base" for a new root, or an identifier
 * @param splice allow {@code head} to name a revision that is not a head (a new branch)
 * @param branchLabels labels for the new revision; each may hold several, comma-separated
 * @param dependsOn revisions it depends on across branches (ids, prefixes or labels)
 * @param revId the new id, or null for 12 random hex digits
 * @param format SQL or JAVA
 * @param upgradeBody the upgrade part of the file ("" for the template's)
 * @param downgradeBody the downgrade part of the file ("" for the template's)
 */
public record NewRevisionRequest(String message, String head, boolean splice, List<String> branchLabels, List<String> dependsOn,
        String revId, RevisionFormat format, String upgradeBody, String downgradeBody) {

    public NewRevisionRequest {
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        format = format == null ? RevisionFormat.SQL : format;
        upgradeBody = upgradeBody == null ? "" : upgradeBody;
        downgradeBody = downgradeBody == null ? "" : downgradeBody;
    }

    public NewRevisionRequest(String message, String head, boolean splice, List<String> branchLabels, List<String> dependsOn,
            String revId, RevisionFormat format) {
        this(message, head, splice, branchLabels, dependsOn, revId, format, "", "");
    }

    /** The same request with these bodies (autogenerate's). */
    public NewRevisionRequest withBodies(String upgrade, String downgrade) {
        return new NewRevisionRequest(message, head, splice, branchLabels, dependsOn, revId, format, upgrade, downgrade);
    }
}
