package dev.retort.doctor;

import dev.retort.report.Finding;

/** A finding and, when one can be computed, the remedy a repair would apply. */
record Diagnosis(Finding finding, Remedy remedy) {
    static Diagnosis of(Finding finding) {
        return new Diagnosis(finding, null);
    }
}
