package dev.retort.support;

/**
 * Names of resources that test classes take with {@code @ResourceLock} when they must not run
 * beside each other, while still running beside every other class.
 */
public final class Serial {
    /**
     * Classes that start runner JVMs or measure how long a lock wait lasts: one at a time, so a
     * lock-wait window or a runner's finish bound never competes with another such class's eight
     * runner processes on a two-core machine.
     */
    public static final String RUNNERS = "dev.retort.runner-processes";

    private Serial() {
    }
}
