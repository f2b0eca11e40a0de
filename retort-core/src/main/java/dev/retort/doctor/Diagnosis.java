package dev.retort.doctor;

import dev.retort.report.Finding;

/** A finding and, when one can be computed, the remedy a repair would apply. */
public record Diagnosis(Finding finding, Remedy remedy) {
    public static Diagnosis of(Finding finding) {
        return new Diagnosis(finding, null);
    }
}
