package dev.retort.engine;

import dev.retort.Direction;
import dev.retort.MigrationListener.Step;

/** The listener's step for one revision script, as the runner and the offline script describe it. */
final class Steps {
    private Steps() {}

    static Step of(Direction direction, RevisionScript s) {
        String parents = String.join(", ", s.revision().revises());
        return direction == Direction.UPGRADE
                ? new Step(direction, s.id(), parents, s.id(), s.revision().message())
                : new Step(direction, s.id(), s.id(), parents, s.revision().message());
    }
}
