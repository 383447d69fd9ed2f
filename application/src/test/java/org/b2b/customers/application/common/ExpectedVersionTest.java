package org.b2b.customers.application.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.b2b.customers.domain.group.CustomerGroupErrorCode;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.junit.jupiter.api.Test;

class ExpectedVersionTest {

    @Test
    void no_condition_accepts_every_version() {
        assertThat(ExpectedVersion.any().matches(1)).isTrue();
        assertThat(ExpectedVersion.any().matches(42)).isTrue();
    }

    @Test
    void one_version_accepts_only_itself() {
        assertThat(ExpectedVersion.of(3).matches(3)).isTrue();
        assertThat(ExpectedVersion.of(3).matches(4)).isFalse();
    }

    @Test
    void a_list_accepts_any_version_it_names() {
        ExpectedVersion listed = ExpectedVersion.oneOf(List.of(1L, 999L));

        assertThat(listed.matches(1)).isTrue();
        assertThat(listed.matches(999)).isTrue();
        assertThat(listed.matches(2)).isFalse();
    }

    @Test
    void a_list_naming_no_version_accepts_none() {
        assertThat(ExpectedVersion.oneOf(List.of()).matches(1)).isFalse();
    }

    @Test
    void a_version_the_edit_does_not_apply_to_is_refused_as_stale() {
        assertThatThrownBy(() -> ExpectedVersion.of(3).check(4, CustomerGroupErrorCode.STALE_VERSION))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.code()).isEqualTo("customer_group.stale_version");
                });
    }
}
