package org.b2b.customers.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.security.Pbkdf2PasswordHasher;
import org.b2b.customers.domain.invitation.InvitationTtl;

/**
 * The whole system in memory, ready for a test: every use case wired to in-memory adapters, a clock the test
 * moves, the outbox it reads, and a first administrator to act as. Nothing touches a database, the network or a
 * mail server.
 *
 * <pre>{@code
 * InMemorySystem system = InMemorySystem.start();
 * var company = system.useCases().companies().create().create(system.administrator(), command);
 * system.clock().advance(Duration.ofDays(8));
 * }</pre>
 */
public final class InMemorySystem extends TestSystem {

    /** Hashing costs that keep tests fast; production uses {@link Pbkdf2PasswordHasher#OWASP_ITERATIONS}. */
    private static final int TEST_HASH_ITERATIONS = 1_000;

    private final InMemoryOutbox outbox;

    private InMemorySystem(InvitationTtl ttl, InMemoryStore store, InMemoryOutbox outbox) {
        super(DEFAULT_START, ttl, clock -> ports(store, outbox, clock), outbox::messages);
        this.outbox = outbox;
    }

    /** A new system with the default start time and seven-day invitations. */
    public static InMemorySystem start() {
        return withTtl(InvitationTtl.DEFAULT);
    }

    /** A new system whose invitations stay valid for the given time. */
    public static InMemorySystem startWithInvitationTtl(Duration ttl) {
        return withTtl(new InvitationTtl(ttl));
    }

    /** The mail the use cases left to be sent. */
    public InMemoryOutbox outbox() {
        return outbox;
    }

    private static InMemorySystem withTtl(InvitationTtl ttl) {
        InMemoryStore store = new InMemoryStore();
        return new InMemorySystem(ttl, store, new InMemoryOutbox(store));
    }

    private static DrivenPorts ports(InMemoryStore store, InMemoryOutbox outbox, Clock clock) {
        InMemoryMembers members = new InMemoryMembers(store);
        InMemoryUsers users = new InMemoryUsers(store, members);
        InMemoryCustomerGroups groups = new InMemoryCustomerGroups(store);
        InMemoryAddressBooks addressBooks = new InMemoryAddressBooks(store);
        InMemoryInvitations invitations = new InMemoryInvitations(store, users);
        InMemoryOrders orders = new InMemoryOrders(store, members, users);
        InMemoryCompanies companies =
                new InMemoryCompanies(store, members, users, groups, addressBooks, invitations, orders);
        InMemoryRoles roles = new InMemoryRoles(store);
        InMemoryAccessTokens tokens = new InMemoryAccessTokens(store);
        return new DrivenPorts(store, companies, users, members, invitations, addressBooks, groups, roles, orders,
                new InMemoryHistory(store, users), outbox, tokens,
                new InMemoryPrincipals(users, members, companies, roles, tokens), new InMemoryLoginFailures(store),
                new Pbkdf2PasswordHasher(TEST_HASH_ITERATIONS), clock);
    }
}
