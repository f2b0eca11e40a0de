package dev.retort.report;

/** A finding the author silenced on purpose (e.g. {@code -- retort:allow drop-column reason}), and why. */
public record Silenced(Finding finding, String reason) {
    public Silenced {
        reason = reason == null ? "" : reason.strip();
    }
}
