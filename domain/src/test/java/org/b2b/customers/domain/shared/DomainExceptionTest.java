package org.b2b.customers.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DomainExceptionTest {

    @Test
    void not_found_derives_its_code_and_message_from_the_thing() {
        var e = DomainException.notFound("customer_group");

        assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(e.code()).isEqualTo("customer_group.not_found");
        assertThat(e.getMessage()).isEqualTo("No such customer group.");
    }

    @Test
    void a_stale_version_is_a_conflict_that_says_to_reload() {
        var e = DomainException.staleVersion("company");

        assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(e.code()).isEqualTo("company.stale_version");
        assertThat(e.getMessage()).contains("reload");
    }

    @Test
    void each_factory_gives_its_kind() {
        assertThat(DomainException.conflict("a.b", "m").kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(DomainException.ruleViolated("a.b", "m").kind()).isEqualTo(ErrorKind.RULE_VIOLATED);
        assertThat(DomainException.forbidden("a.b", "m").kind()).isEqualTo(ErrorKind.FORBIDDEN);
    }

    @Test
    void keeps_the_stack_trace_of_where_it_was_refused() {
        assertThat(DomainException.conflict("a.b", "m").getStackTrace()).isNotEmpty();
    }
}
