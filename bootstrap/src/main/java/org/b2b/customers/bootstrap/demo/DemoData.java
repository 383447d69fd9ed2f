package org.b2b.customers.bootstrap.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.application.address.AddAddressCommand;
import org.b2b.customers.application.address.AddressInput;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.CreateCompanyCommand;
import org.b2b.customers.application.company.ListCompaniesQuery;
import org.b2b.customers.application.group.CreateCustomerGroupCommand;
import org.b2b.customers.application.group.CustomerGroupView;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.invitation.RegisterCommand;
import org.b2b.customers.application.member.AddMemberCommand;
import org.b2b.customers.application.member.AssignContactPersonCommand;
import org.b2b.customers.application.order.RecordOrderCommand;
import org.b2b.customers.application.user.CreateUserCommand;
import org.b2b.customers.application.user.ListUsersQuery;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.domain.access.UserScope;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.user.UserType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo data to look at ({@code CM_DEMO_DATA=true}): customer groups, sales representatives, a few hundred companies
 * across eight EU countries with billing and shipping addresses, members, pending invitations and orders. Everything
 * is made through the use cases as the administrator, so it obeys every rule that real data does, and only on a
 * database without companies, so that a restart adds nothing.
 *
 * <p>Each account costs one password hash at production strength (a few hundred milliseconds), so the demo has
 * few accounts (sales representatives and a couple of dozen members, made on all cores at once) and many things
 * that need no password: companies, addresses, pending invitations and orders.
 */
public final class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    /** The password of every demo account. */
    static final String PASSWORD = "demo password for everyone";

    static final int COMPANIES = 300;
    static final int REGISTERED_MEMBERS = 12;
    static final int MEMBERS_FROM_THE_POOL = 6;
    static final int USERS_LEFT_IN_THE_POOL = 2;
    static final int INVITING_COMPANIES = 80;

    private static final List<String[]> GROUPS = List.of(
            new String[] {"retail", "Retail", "0"},
            new String[] {"wholesale", "Wholesale", "-8"},
            new String[] {"key-accounts", "Key accounts", "-15"},
            new String[] {"public-sector", "Public sector", "-5"});

    private static final List<String[]> SALES_REPRESENTATIVES = List.of(
            new String[] {"lena.hoffmann@seller.example", "Lena", "Hoffmann"},
            new String[] {"marco.bianchi@seller.example", "Marco", "Bianchi"},
            new String[] {"sophie.laurent@seller.example", "Sophie", "Laurent"},
            new String[] {"jan.de.vries@seller.example", "Jan", "de Vries"});

    private static final String[] STATUSES = {"COMPLETED", "COMPLETED", "COMPLETED", "SHIPPED", "PROCESSING", "CANCELLED"};

    /** What one seeding made. */
    record Seeded(int customerGroups, int salesRepresentatives, int companies, int shippingAddresses, int members,
            int poolUsers, int pendingInvitations, int orders) {}

    private final CustomerManagement useCases;
    private final Actor admin;
    private final Clock clock;

    DemoData(CustomerManagement useCases, Actor administrator, Clock clock) {
        this.useCases = useCases;
        this.admin = administrator;
        this.clock = clock;
    }

    /** Seeds the demo as the first administrator when there is no company yet, and logs what it made. */
    public static void seedIfEmpty(CustomerManagement useCases, DrivenPorts ports, Clock clock) {
        long started = System.nanoTime();
        new DemoData(useCases, administratorOf(ports), clock).seedIfEmpty().ifPresent(seeded ->
                LOG.info("seeded demo data in {} ms: {}; every demo account's password is '{}'",
                        (System.nanoTime() - started) / 1_000_000, seeded, PASSWORD));
    }

    /** An administrator to make the demo data as: the first staff user with the administrator role. */
    static Actor administratorOf(DrivenPorts ports) {
        return ports.transactions().inTransaction(() -> ports.users().search(new Users.Search(
                        UserScope.EVERYONE, Optional.empty(), Optional.of(UserType.STAFF),
                        Optional.of(RoleIdentifier.ADMINISTRATOR), false, Optional.empty(), 1)))
                .items().stream().findFirst().map(user -> Actor.of(user.id()))
                .orElseThrow(() -> new IllegalStateException("demo data needs an administrator, and there is none"));
    }

    /** Seeds the demo when there is no company yet; answers what it made, or empty when it left the data alone. */
    Optional<Seeded> seedIfEmpty() {
        boolean anyCompany = !useCases.companies().list().list(admin, ListCompaniesQuery.all().withPage(PageRequest.first(1)))
                .items().isEmpty();
        if (anyCompany) {
            return Optional.empty();
        }
        // Each company is independent of the others, so they are made on all cores at once; this matters most for
        // the accounts, whose password hashing dominates.
        List<CustomerGroupView> groups = GROUPS.stream().map(this::customerGroup).toList();
        List<UserView> representatives = SALES_REPRESENTATIVES.parallelStream().map(this::salesRepresentative).toList();
        List<DemoCompany> companies = IntStream.range(0, COMPANIES).parallel()
                .mapToObj(i -> company(i, groups, representatives)).toList();
        Filled filled = companies.parallelStream().map(this::fill).reduce(Filled.NOTHING, Filled::plus);
        IntStream.range(0, USERS_LEFT_IN_THE_POOL).parallel().forEach(i -> poolUser(companies.get(COMPANIES - 1 - i)));
        return Optional.of(new Seeded(groups.size(), representatives.size(), companies.size(),
                filled.shippingAddresses(), filled.members(), USERS_LEFT_IN_THE_POOL, filled.invitations(),
                filled.orders()));
    }

    /** What filling companies made. */
    private record Filled(int shippingAddresses, int members, int invitations, int orders) {

        static final Filled NOTHING = new Filled(0, 0, 0, 0);

        Filled plus(Filled other) {
            return new Filled(shippingAddresses + other.shippingAddresses, members + other.members,
                    invitations + other.invitations, orders + other.orders);
        }
    }

    /**
     * Gives a company its shipping addresses, its orders and, for the first companies, a member (who placed the
     * orders); then a few companies have invitations pending.
     */
    private Filled fill(DemoCompany company) {
        int i = company.index();
        Optional<MemberId> member = i < REGISTERED_MEMBERS ? Optional.of(registeredContactPerson(company))
                : i < REGISTERED_MEMBERS + MEMBERS_FROM_THE_POOL ? Optional.of(memberFromThePool(company))
                : Optional.empty();
        boolean inviting = i >= REGISTERED_MEMBERS + MEMBERS_FROM_THE_POOL
                && i < REGISTERED_MEMBERS + MEMBERS_FROM_THE_POOL + INVITING_COMPANIES;
        return new Filled(shippingAddresses(company), member.isPresent() ? 1 : 0, inviting ? invite(company) : 0,
                orders(company, member));
    }

    /** The i-th company made for the demo, and its country, whose n-th set of words it is named with. */
    private record DemoCompany(CompanyView view, int index, DemoCountry country) {

        int n() {
            return index / DemoCountry.ALL.size();
        }

        String mailbox(String local) {
            return local + "@" + country.domain(n());
        }

        String personEmail(List<String> person) {
            return mailbox(DemoCountry.plain(person.get(0)) + "." + DemoCountry.plain(person.get(1)));
        }
    }

    private CustomerGroupView customerGroup(String[] group) {
        return useCases.customerGroups().list().list(admin).stream().filter(g -> g.identifier().equals(group[0])).findFirst()
                .orElseGet(() -> useCases.customerGroups().create().create(admin,
                        new CreateCustomerGroupCommand(group[0], group[1], group[2])));
    }

    private UserView salesRepresentative(String[] person) {
        return useCases.users().list().list(admin, new ListUsersQuery(Optional.of(person[0]), null, null, false, null))
                .items().stream().filter(u -> u.email().equals(person[0])).findFirst()
                .orElseGet(() -> useCases.users().create().create(admin, new CreateUserCommand(person[0], person[1], person[2],
                        null, "STAFF", List.of(RoleIdentifier.SALES_REPRESENTATIVE.value()), PASSWORD)));
    }

    private DemoCompany company(int i, List<CustomerGroupView> groups, List<UserView> representatives) {
        DemoCountry country = DemoCountry.ALL.get(i % DemoCountry.ALL.size());
        int n = i / DemoCountry.ALL.size();
        DemoCountry.Place place = country.place(n);
        String taxId = country.taxIds().apply(n);
        AddressInput billing = new AddressInput(country.billingContact(), place.street() + " " + (n % 120 + 1),
                place.postalCode(), place.city(), null, country.code(), "invoices@" + country.domain(n), country.phone(i),
                taxId);
        CompanyView view = useCases.companies().create().create(admin, new CreateCompanyCommand(country.companyName(n), taxId,
                groups.get(i % groups.size()).id().toString(), representatives.get(i % representatives.size()).id().toString(),
                "https://www." + country.domain(n), billing));
        return new DemoCompany(view, i, country);
    }

    /** Every second company ships to a warehouse elsewhere in its country, every tenth to two. */
    private int shippingAddresses(DemoCompany company) {
        int count = company.n() % 2 == 0 ? 0 : company.n() % 5 == 1 ? 2 : 1;
        for (int k = 1; k <= count; k++) {
            DemoCountry.Place place = company.country().place(company.n() + k);
            useCases.addresses().add().add(admin, new AddAddressCommand(company.view().id(), "SHIPPING",
                    new AddressInput(company.country().warehouse() + " " + place.city(), place.street() + " " + (k * 17),
                            place.postalCode(), place.city(), null, company.country().code(), null, null, null),
                    k == 1));
        }
        return count;
    }

    /** A company admin who joined as people do, through the mailed link, and became the contact person. */
    private MemberId registeredContactPerson(DemoCompany company) {
        List<String> person = company.country().person(company.n());
        var invited = useCases.invitations().invite().invite(admin, InviteMembersCommand.of(company.view().id(),
                new Invitee(company.personEmail(person), RoleIdentifier.COMPANY_ADMIN.value())));
        var invitation = invited.results().get(0).invitationId().orElseThrow();
        String link = useCases.invitations().registrationLink().link(admin, company.view().id(), invitation).url().getPath();
        var registration = useCases.invitations().register().register(new RegisterCommand(link.substring(link.lastIndexOf('/') + 1),
                person.get(0), person.get(1), PASSWORD));
        useCases.members().assignContactPerson().assign(admin,
                AssignContactPersonCommand.of(company.view().id(), registration.memberId().toString()));
        return registration.memberId();
    }

    /** A buyer whom staff created in the pool and then added to the company. */
    private MemberId memberFromThePool(DemoCompany company) {
        UserView user = poolUser(company);
        return useCases.members().add().add(admin, new AddMemberCommand(company.view().id(), user.id().toString(),
                RoleIdentifier.COMPANY_BUYER.value())).id();
    }

    /** A customer account in no company, named after people of the given company's country. */
    private UserView poolUser(DemoCompany company) {
        List<String> person = company.country().person(company.n() + 1);
        return useCases.users().create().create(admin, new CreateUserCommand(company.personEmail(person), person.get(0),
                person.get(1), company.country().phone(company.n()), "CUSTOMER", List.of(), PASSWORD));
    }

    /** One or two people invited who have not registered yet. */
    private int invite(DemoCompany company) {
        List<Invitee> invitees = new ArrayList<>();
        invitees.add(new Invitee(company.personEmail(company.country().person(company.n() + 2)),
                RoleIdentifier.COMPANY_ADMIN.value()));
        if (company.n() % 3 == 0) {
            invitees.add(new Invitee(company.mailbox("purchasing"), RoleIdentifier.COMPANY_BUYER.value()));
        }
        useCases.invitations().invite().invite(admin, new InviteMembersCommand(company.view().id(), invitees));
        return invitees.size();
    }

    /** Up to five orders over the last year, the newer ones still under way. */
    private int orders(DemoCompany company, Optional<MemberId> placedBy) {
        Random random = new Random(company.index());
        int count = random.nextInt(6);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        for (int k = 0; k < count; k++) {
            long daysAgo = 1 + random.nextInt(365);
            String status = daysAgo < 7 ? "PLACED" : STATUSES[random.nextInt(STATUSES.length)];
            String total = String.format(Locale.ROOT, "%d.%02d", 80 + random.nextInt(24_000), random.nextInt(100));
            useCases.orders().record().record(admin, new RecordOrderCommand(company.view().id(),
                    String.format(Locale.ROOT, "SO-%04d-%02d", company.index(), k + 1),
                    now.minus(Duration.ofDays(daysAgo)).minus(Duration.ofMinutes(random.nextInt(600))).toString(),
                    placedBy.map(MemberId::toString).orElse(null), status, company.country().currency(), total));
        }
        return count;
    }
}
