package org.b2b.customers.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.user.CreateUserCommand;
import org.b2b.customers.application.port.out.PasswordHasher;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.user.Password;
import org.b2b.customers.domain.user.PasswordHash;
import org.b2b.customers.passwordscreen.ZxcvbnPasswordScreen;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;
import org.b2b.customers.testkit.TestSystem;
import org.junit.jupiter.api.Test;

/**
 * Creating a user checks the caller's policy before it validates the input or hashes the password: a caller who may
 * not create users learns nothing about their input and costs no hashing.
 */
class UserCreationBeforeWorkTest {

    private final InMemorySystem system = InMemorySystem.start();
    private final TestData data = system.testData();
    private final CountingHasher hasher = new CountingHasher(system.ports().passwordHasher());
    private final CustomerManagement useCases = new CustomerManagement(withHasher(system.ports(), hasher),
            system.settings(), TestSystem.validator(), new ZxcvbnPasswordScreen());

    @Test
    void a_buyer_creating_a_user_with_invalid_input_is_refused_as_forbidden_before_any_hashing() {
        Actor buyer = data.actor(data.member(data.company("Acme", data.salesRepresentative()), "company_buyer"));
        hasher.hashes.set(0);

        assertForbidden(() -> useCases.users().create().create(buyer, new CreateUserCommand("not an email", "", "", null,
                "STAFF", List.of("administrator"), "short")));
        assertForbidden(() -> useCases.users().create().create(buyer, new CreateUserCommand("boss@seller.example",
                "Boss", "Staff", null, "STAFF", List.of("administrator"), TestData.PASSWORD)));

        assertThat(hasher.hashes).hasValue(0);
    }

    @Test
    void an_administrator_creating_a_user_hashes_the_password_once() {
        hasher.hashes.set(0);

        useCases.users().create().create(system.administrator(), new CreateUserCommand("new@buyer.example", "New",
                "Customer", null, "CUSTOMER", List.of(), TestData.PASSWORD));

        assertThat(hasher.hashes).hasValue(1);
    }

    private static void assertForbidden(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).as(e.getMessage()).isEqualTo(ErrorKind.FORBIDDEN));
    }

    private static DrivenPorts withHasher(DrivenPorts ports, PasswordHasher hasher) {
        return new DrivenPorts(ports.transactions(), ports.companies(), ports.users(), ports.members(),
                ports.invitations(), ports.addressBooks(), ports.customerGroups(), ports.roles(), ports.orders(),
                ports.history(), ports.outbox(), ports.accessTokens(), ports.principals(), ports.loginFailures(), hasher,
                ports.clock());
    }

    /** The system's hasher, counting the hashes it makes. */
    private static final class CountingHasher implements PasswordHasher {

        private final PasswordHasher hasher;
        private final AtomicInteger hashes = new AtomicInteger();

        CountingHasher(PasswordHasher hasher) {
            this.hasher = hasher;
        }

        @Override
        public PasswordHash hash(Password password) {
            hashes.incrementAndGet();
            return hasher.hash(password);
        }

        @Override
        public boolean matches(String candidate, PasswordHash hash) {
            return hasher.matches(candidate, hash);
        }

        @Override
        public void spendOneCheck(String candidate) {
            hasher.spendOneCheck(candidate);
        }

        @Override
        public boolean needsRehash(PasswordHash hash) {
            return hasher.needsRehash(hash);
        }
    }
}
