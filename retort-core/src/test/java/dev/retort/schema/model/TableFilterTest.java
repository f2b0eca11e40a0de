package dev.retort.schema.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableFilterTest {
    @Test
    void includeThenExcludeAndNeverTheVersionTables() {
        TableFilter f = TableFilter.excludingVersionTables(List.of("app_*", "user?"), List.of("app_tmp*"), "retort_version");
        assertThat(f.accepts("app_orders")).isTrue();
        assertThat(f.accepts("users")).isTrue();
        assertThat(f.accepts("user")).isFalse();
        assertThat(f.accepts("app_tmp_1")).isFalse();
        assertThat(f.accepts("other")).isFalse();
        TableFilter all = TableFilter.excludingVersionTables(List.of(), List.of(), "retort_version");
        assertThat(all.accepts("anything.with.dots")).isTrue();
        assertThat(all.accepts("retort_version")).isFalse();
        assertThat(all.accepts("retort_version_log")).isFalse();
        assertThat(all.accepts("retort_version_lock")).isFalse();
        assertThat(TableFilter.matches("a.b", "axb")).isFalse();
    }
}
