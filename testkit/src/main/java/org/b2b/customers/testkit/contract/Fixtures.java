package org.b2b.customers.testkit.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.domain.access.BuiltInRoles;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyDetails;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.company.TaxId;
import org.b2b.customers.domain.company.Website;
import org.b2b.customers.domain.group.CustomerGroup;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.group.PriceRate;
import org.b2b.customers.domain.invitation.Invitation;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.domain.invitation.InvitationTtl;
import org.b2b.customers.domain.invitation.RegistrationTokens;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.PasswordHash;
import org.b2b.customers.domain.user.PersonName;
import org.b2b.customers.domain.user.PhoneNumber;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserId;

/**
 * Valid aggregates for contract tests, stored through the ports under test. Names, emails and tax IDs are unique
 * across runs sharing a database; times are whole milliseconds, which every store keeps exactly.
 */
public final class Fixtures {

    /** The start of the contract tests' time. */
    public static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    private static final RegistrationTokens TOKENS = new RegistrationTokens(RegistrationTokens.newKey());

    private final DrivenPorts ports;

    Fixtures(DrivenPorts ports) {
        this.ports = ports;
    }

    /** A short random token, for making names and emails unique. */
    public static String unique() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36);
    }

    /**
     * A random id, any bit set: the stores must agree on the order of ids (unsigned, as the databases compare
     * them and as their text sorts), which Java's signed {@code UUID.compareTo} does not.
     */
    public static UUID id() {
        return UUID.randomUUID();
    }

    /** A tax ID of the generic form, unique. */
    public static TaxId taxId() {
        return new TaxId("ZZ" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
    }

    public static EmailAddress email(String localPart) {
        return new EmailAddress(localPart + "-" + unique() + "@example.com");
    }

    /** The built-in roles, stored once. */
    public Role role(RoleIdentifier identifier) {
        return inTransaction(() -> {
            for (Role role : BuiltInRoles.all()) {
                if (ports.roles().find(role.identifier()).isEmpty()) {
                    ports.roles().add(role);
                }
            }
            return ports.roles().find(identifier).orElseThrow();
        });
    }

    public User salesRepresentative() {
        Role role = role(RoleIdentifier.SALES_REPRESENTATIVE);
        return inTransaction(() -> ports.users().add(User.staff(new UserId(id()), email("rep"),
                new PersonName("Sales", "Rep " + unique()), Set.of(role.identifier()), new PasswordHash("hash"), T0)));
    }

    public User customer(String firstName, String lastName) {
        return inTransaction(() -> ports.users().add(User.customer(new UserId(id()), email("customer"),
                new PersonName(firstName, lastName), Optional.of(new PhoneNumber("+49 30 1234567")),
                new PasswordHash("hash"), T0)));
    }

    public User customer() {
        return customer("Customer", "Person " + unique());
    }

    public CustomerGroup customerGroup() {
        return inTransaction(() -> ports.customerGroups().add(CustomerGroup.create(new CustomerGroupId(id()),
                "group-" + unique(), "Group " + unique(), new PriceRate(new BigDecimal("-5.50")))));
    }

    /** The details of a new company in a new group. */
    public CompanyDetails details(String name, User representative) {
        return new CompanyDetails(name, taxId(), customerGroup().id(), representative.id(),
                Optional.of(new Website("https://example.com/" + unique())));
    }

    public Company company(String name, User representative) {
        return company(new CompanyId(id()), name, representative);
    }

    public Company company(CompanyId id, String name, User representative) {
        CompanyDetails details = details(name, representative);
        return inTransaction(() -> ports.companies().add(Company.create(id, details, T0)));
    }

    public Company company() {
        return company("Company " + unique(), salesRepresentative());
    }

    public Member member(Company company, User user, Instant joinedAt) {
        Role buyer = role(RoleIdentifier.COMPANY_BUYER);
        return inTransaction(() -> ports.members().add(Member.join(new MemberId(id()), company, user, buyer, joinedAt)));
    }

    public Member member(Company company) {
        return member(company, customer(), T0);
    }

    /** Makes the member the company's contact person, and answers the company as stored. */
    public Company contactPerson(Company company, Member member) {
        return inTransaction(() -> {
            Company current = ports.companies().find(company.id()).orElseThrow();
            return ports.companies().update(member.appointContactPerson(current, T0));
        });
    }

    /** A new open invitation, not stored. */
    public Invitation invitation(Company company, EmailAddress email, Instant now) {
        return Invitation.issue(new InvitationId(id()), company, email, role(RoleIdentifier.COMPANY_BUYER),
                company.details().salesRepresentativeId(), TOKENS.issue(), InvitationTtl.DEFAULT, now);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return ports.transactions().inTransaction(work);
    }
}
