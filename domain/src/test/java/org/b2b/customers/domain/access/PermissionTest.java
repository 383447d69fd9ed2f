package org.b2b.customers.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PermissionTest {

    @Test
    void a_permission_is_named_module_slash_function() {
        assertThat(Permission.INVITATION_CREATE.key()).isEqualTo("invitation/create");
        assertThat(Permission.COMPANY_VIEW).hasToString("company/view");
    }

    @Test
    void every_key_is_unique_and_found_again() {
        assertThat(Arrays.stream(Permission.values()).map(Permission::key)).doesNotHaveDuplicates();
        for (Permission p : Permission.values()) {
            assertThat(Permission.ofKey(p.key())).contains(p);
            assertThat(Permission.of(p.module(), p.function())).contains(p);
            assertThat(p.description()).isNotBlank();
        }
    }

    @Test
    void an_unknown_key_grants_nothing() {
        assertThat(Permission.ofKey("company/delete")).isEmpty();
        assertThat(Permission.ofKey("Company/View")).isEmpty();
    }

    @Test
    void limitations_are_named_in_snake_case() {
        assertThat(Limitation.parse("limitation", "own_company")).isEqualTo(Limitation.OWN_COMPANY);
        assertThat(Limitation.parse("limitation", "represented_companies")).isEqualTo(Limitation.REPRESENTED_COMPANIES);
        assertThatThrownBy(() -> Limitation.parse("policies[1].limitations[0]", "OWN_COMPANY"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("policies[1].limitations[0]");
                    assertThat(e.errors().get(0).code()).isEqualTo("unknown_limitation");
                });
    }

    @Test
    void a_policy_reads_as_its_key_and_limitations() {
        assertThat(Policy.of(Permission.COMPANY_VIEW)).hasToString("company/view");
        assertThat(Policy.of(Permission.COMPANY_VIEW, Limitation.OWN_COMPANY)).hasToString("company/view[own_company]");
    }
}
