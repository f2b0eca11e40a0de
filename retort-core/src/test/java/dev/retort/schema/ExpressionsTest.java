package dev.retort.schema;

import dev.retort.schema.model.Expressions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Spellings of one default or condition that databases give back, and that must compare equal. */
class ExpressionsTest {
    @Test
    void postgresCastsAndParenthesesDoNotCount() {
        assertThat(Expressions.key("'x'::text")).isEqualTo(Expressions.key("'x'"));
        assertThat(Expressions.key("'new'::character varying")).isEqualTo(Expressions.key("'new'"));
        assertThat(Expressions.key("((price > (0)::numeric))")).isEqualTo(Expressions.key("price > 0"));
        assertThat(Expressions.key("'2020-01-01'::timestamp without time zone")).isEqualTo(Expressions.key("'2020-01-01'"));
    }

    @Test
    void quotingAndCaseOfIdentifiersDoNotCount() {
        assertThat(Expressions.key("`price` > 0")).isEqualTo(Expressions.key("\"PRICE\" > 0")).isEqualTo(Expressions.key("price>0"));
        assertThat(Expressions.key("now()")).isEqualTo(Expressions.key("CURRENT_TIMESTAMP"))
                .isEqualTo(Expressions.key("current_timestamp()"));
    }

    @Test
    void literalsKeepTheirCaseAndSpaces() {
        assertThat(Expressions.key("'A b'")).isNotEqualTo(Expressions.key("'a b'"));
        assertThat(Expressions.key("'a  b'")).isNotEqualTo(Expressions.key("'a b'"));
        assertThat(Expressions.key("status IN ('A', 'B')")).isEqualTo(Expressions.key("(status in ('A','B'))"));
        assertThat(Expressions.key("n > 1")).isNotEqualTo(Expressions.key("n > 2"));
        assertThat(Expressions.key(null)).isNull();
    }

    @Test
    void unwrapRemovesOnlyEnclosingParentheses() {
        assertThat(Expressions.unwrap("((a > 0))")).isEqualTo("a > 0");
        assertThat(Expressions.unwrap("(a > 0) AND (b > 0)")).isEqualTo("(a > 0) AND (b > 0)");
        assertThat(Expressions.unwrap("('(')")).isEqualTo("'('");
    }
}
