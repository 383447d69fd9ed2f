package org.b2b.customers.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");

    @Test
    void a_staff_user_holds_staff_roles() {
        User staff = User.staff(UserId.random(), EmailAddress.of("rep@seller.example"), name(),
                Set.of(RoleIdentifier.SALES_REPRESENTATIVE), hash(), NOW);

        assertThat(staff.type()).isEqualTo(UserType.STAFF);
        assertThat(staff.staffRoles()).containsExactly(RoleIdentifier.SALES_REPRESENTATIVE);
        assertThat(staff.version()).isEqualTo(1);
    }

    @Test
    void a_staff_user_needs_a_role() {
        assertThatThrownBy(() -> User.staff(UserId.random(), EmailAddress.of("rep@seller.example"), name(), Set.of(),
                hash(), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("roles");
                    assertThat(e.errors().get(0).code()).isEqualTo("required");
                });
    }

    @Test
    void a_new_customer_holds_no_staff_roles() {
        User customer = User.customer(UserId.random(), EmailAddress.of("buyer@acme.example"), name(),
                Optional.of(new PhoneNumber("+49 30 1234567")), hash(), NOW);

        assertThat(customer.type()).isEqualTo(UserType.CUSTOMER);
        assertThat(customer.staffRoles()).isEmpty();
    }

    @Test
    void a_customer_with_staff_roles_cannot_be_restored() {
        assertThatThrownBy(() -> User.restore(UserId.random(), EmailAddress.of("buyer@acme.example"), name(),
                Optional.empty(), UserType.CUSTOMER, Set.of(RoleIdentifier.ADMINISTRATOR), hash(), NOW, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_staff_user_without_roles_cannot_be_restored() {
        assertThatThrownBy(() -> User.restore(UserId.random(), EmailAddress.of("rep@seller.example"), name(),
                Optional.empty(), UserType.STAFF, Set.of(), hash(), NOW, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void changing_contact_details_keeps_identity_and_login() {
        User user = User.customer(UserId.random(), EmailAddress.of("buyer@acme.example"), name(), Optional.empty(),
                hash(), NOW);

        User changed = user.withContact(new PersonName("Grace", "Hopper"), Optional.of(new PhoneNumber("+1 212 555 0100")));

        assertThat(changed.id()).isEqualTo(user.id());
        assertThat(changed.email()).isEqualTo(user.email());
        assertThat(changed.name().fullName()).isEqualTo("Grace Hopper");
        assertThat(changed.phone()).isPresent();
        assertThat(user.name().fullName()).as("the original is unchanged").isEqualTo("Ada Lovelace");
    }

    @Test
    void a_password_hash_never_shows_itself_in_text() {
        assertThat(new PasswordHash("$pbkdf2-sha256$i=600000$salt$hash")).hasToString("PasswordHash[…]");
    }

    private static PersonName name() {
        return new PersonName("Ada", "Lovelace");
    }

    private static PasswordHash hash() {
        return new PasswordHash("$pbkdf2$test");
    }
}
