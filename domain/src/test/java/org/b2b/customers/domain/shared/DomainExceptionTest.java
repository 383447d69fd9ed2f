package org.b2b.customers.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.b2b.customers.domain.company.CompanyErrorCode;
import org.b2b.customers.domain.group.CustomerGroupErrorCode;
import org.junit.jupiter.api.Test;

class DomainExceptionTest {

    @Test
    void not_found_derives_its_code_and_message_from_the_thing() {
        var e = DomainException.notFound(CustomerGroupErrorCode.NOT_FOUND);

        assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(e.code()).isEqualTo("customer_group.not_found");
        assertThat(e.getMessage()).isEqualTo("No such customer group.");
    }

    @Test
    void a_stale_version_is_a_conflict_that_says_to_reload() {
        var e = DomainException.staleVersion(CompanyErrorCode.STALE_VERSION);

        assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(e.code()).isEqualTo("company.stale_version");
        assertThat(e.getMessage()).contains("reload");
    }

    @Test
    void each_factory_gives_its_kind() {
        assertThat(DomainException.conflict(CompanyErrorCode.TAX_ID_TAKEN, "m").kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(DomainException.ruleViolated(CompanyErrorCode.DEACTIVATED, "m").kind()).isEqualTo(ErrorKind.RULE_VIOLATED);
        assertThat(DomainException.forbidden(CompanyErrorCode.DEACTIVATED, "m").kind()).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(DomainException.unauthenticated(CompanyErrorCode.DEACTIVATED, "m").kind())
                .isEqualTo(ErrorKind.UNAUTHENTICATED);
        assertThat(DomainException.gone(CompanyErrorCode.DEACTIVATED, "m").kind()).isEqualTo(ErrorKind.GONE);
        assertThat(DomainException.staleVersion(CompanyErrorCode.STALE_VERSION)).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void keeps_the_stack_trace_of_where_it_was_refused() {
        assertThat(DomainException.conflict(CompanyErrorCode.TAX_ID_TAKEN, "m").getStackTrace()).isNotEmpty();
    }
}
