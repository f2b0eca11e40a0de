package dev.retort.dialect;

import dev.retort.dialect.sql.SqlConstruct;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every refusal a database folder declares is proven on that database by one of the truth tests. */
class PortabilityCoverageTest {
    private static final List<PortabilityTruth> ALL = Stream.of(PortabilityQuotingTest.CASES, PortabilityTypesTest.CASES,
            PortabilitySyntaxTest.CASES).flatMap(List::stream).toList();

    @Test
    void everyRefusedConstructHasACaseOnItsDatabase() {
        List<String> unproven = new ArrayList<>();
        for (var kind : dev.retort.support.TestDatabases.Kind.values()) {
            Dialect d = PortabilityTruth.dialect(kind);
            for (SqlConstruct c : SqlConstruct.values()) {
                boolean proven = ALL.stream().anyMatch(t -> t.kind() == kind && t.refused() == c);
                if (d.portability().refuses(c) != null && !proven) {
                    unproven.add(d.name() + " " + c);
                }
            }
        }
        assertThat(unproven).as("refusals without a case that runs them on the database").isEmpty();
    }

    @Test
    void everyDatabaseHasTypeCasesExceptWhereItTakesAnyType() {
        for (var kind : dev.retort.support.TestDatabases.Kind.values()) {
            assertThat(PortabilityTypesTest.CASES).as(kind.toString()).anyMatch(t -> t.kind() == kind);
        }
    }
}
