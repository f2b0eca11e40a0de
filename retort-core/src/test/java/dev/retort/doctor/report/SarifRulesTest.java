package dev.retort.doctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.doctor.run.Doctor;
import org.junit.jupiter.api.Test;

class SarifRulesTest {
    @Test
    void everyCodeHasARuleDescription() {
        assertThat(SarifReport.RULES.keySet()).containsExactlyInAnyOrderElementsOf(Doctor.codes());
    }
}
