package dev.retort;

import java.util.List;

/**
 * The database's state: its rows (oldest first), its heads (applied revisions no applied
 * revision revises or depends on), applied ids no file defines, and the revisions an upgrade
 * to heads would apply (null when unknown revisions make that unanswerable).
 */
public record Current(String url, List<AppliedInfo> applied, List<String> heads, List<String> unknown, List<String> pending) {
    public Current {
        applied = List.copyOf(applied);
        heads = List.copyOf(heads);
        unknown = List.copyOf(unknown);
        pending = pending == null ? null : List.copyOf(pending);
    }
}
