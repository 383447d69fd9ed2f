package org.b2b.customers.testkit.usecase;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Page;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.application.address.AddAddressCommand;
import org.b2b.customers.application.address.ListAddressesQuery;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.ListCompaniesQuery;
import org.b2b.customers.application.history.CompanyHistoryQuery;
import org.b2b.customers.application.history.HistoryEntryView;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.invitation.ListInvitationsQuery;
import org.b2b.customers.application.member.ListMembersQuery;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.member.UpdateMemberCommand;
import org.b2b.customers.application.order.ListOrdersQuery;
import org.b2b.customers.application.role.CreateRoleCommand;
import org.b2b.customers.application.role.PolicyInput;
import org.b2b.customers.application.user.CreateUserCommand;
import org.b2b.customers.application.user.ListUsersQuery;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.user.UserId;
import org.b2b.customers.domain.user.UserType;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every list, by every kind of user (built-in roles, a custom staff role, a custom customer role, and users who
 * may do nothing), on a company of theirs and on one of someone else: the answer, and that what is listed stays
 * inside what the user may see. Next to {@link AuthorizationMatrixTest}, which checks one call of every use case.
 *
 * <p>The world: company Alpha, represented by {@code repA}, with a company admin, a buyer, a clerk (custom customer
 * role), an invitation, an address and an order; company Beta, represented by {@code repB}, with the same; an
 * order desk (a custom staff role seeing every company's members and orders, and nothing else); a pool user; and a
 * staff user whose role grants nothing.
 */
class AuthorizationListsTest {

    /** Who acts; the order of the letters in the expectations. */
    enum Subject { ADMINISTRATOR, REPRESENTATIVE_OF_ALPHA, ORDER_DESK, COMPANY_ADMIN_OF_ALPHA, BUYER_OF_ALPHA,
        CLERK_OF_ALPHA, STAFF_WITHOUT_POLICIES, POOL_USER }

    /** A list of one company, with its expectations on Alpha and on Beta: A listed, F forbidden, H not found. */
    private record CompanyList(String name, String onAlpha, String onBeta,
            Function<World, Function<Actor, Function<CompanyId, Collection<String>>>> list) {}

    private static final List<CompanyList> COMPANY_LISTS = List.of(
            new CompanyList("listMembers", "A A A A F A H H", "A H A H H H H H", w -> a -> c -> all(cursor ->
                    w.useCases.members().list().list(a, new ListMembersQuery(c, page(cursor))),
                    m -> m.userId().toString())),
            new CompanyList("listInvitations", "A A F A F F H H", "A H F H H H H H", w -> a -> c -> all(cursor ->
                    w.useCases.invitations().list().list(a, new ListInvitationsQuery(c, Optional.empty(), page(cursor))),
                    i -> i.id().toString())),
            new CompanyList("listOrders", "A A A A A A H H", "A H A H H H H H", w -> a -> c -> all(cursor ->
                    w.useCases.orders().list().list(a, new ListOrdersQuery(c, page(cursor))), o -> o.id().toString())),
            new CompanyList("companyHistory", "A A F A F F H H", "A H F H H H H H", w -> a -> c -> all(cursor ->
                    w.useCases.history().ofCompany().history(a, new CompanyHistoryQuery(c, page(cursor))),
                    HistoryEntryView::toString)),
            new CompanyList("listAddresses", "A A F A A A H H", "A H F H H H H H", w -> a -> c ->
                    w.useCases.addresses().list().list(a, ListAddressesQuery.all(c)).stream()
                            .map(address -> address.id().toString()).toList()));

    /** Lists of no single company, with their expectations. */
    private static final Map<String, String> GLOBAL_LISTS = Map.of(
            "listCompanies", "A A A A A A F F",
            "listUsers", "A A F F F F F F",
            "listRoles", "A F F F F F F F",
            "listPermissions", "A F F F F F F F",
            "listCustomerGroups", "A A F F F F F F");

    @TestFactory
    Stream<DynamicTest> every_company_list_answers_each_subject_as_expected_and_lists_only_that_company() {
        World world = new World();
        List<DynamicTest> tests = new ArrayList<>();
        for (CompanyList list : COMPANY_LISTS) {
            for (Subject subject : Subject.values()) {
                for (boolean alpha : new boolean[] {true, false}) {
                    char expected = letter(alpha ? list.onAlpha() : list.onBeta(), subject);
                    CompanyId company = alpha ? world.alpha.id() : world.beta.id();
                    tests.add(dynamicTest(list.name() + " on " + (alpha ? "Alpha" : "Beta") + " by " + subject
                            + " → " + expected, () -> {
                        Actor actor = world.actors.get(subject);
                        var call = list.list().apply(world).apply(actor);
                        if (expected == 'A') {
                            Collection<String> listed = call.apply(company);
                            Set<String> own = world.itemsOf(list.name(), company);
                            Set<String> others = world.itemsOf(list.name(), alpha ? world.beta.id() : world.alpha.id());
                            assertThat(listed).isNotEmpty().doesNotContainAnyElementsOf(others);
                            assertThat(own).containsAll(listed);
                            assertThat(String.join("\n", listed)).doesNotContain(world.secretsOf(
                                    alpha ? world.beta.id() : world.alpha.id()));
                        } else {
                            assertRefused(() -> call.apply(company), expected);
                        }
                    }));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> every_list_of_no_single_company_answers_each_subject_as_expected() {
        World world = new World();
        List<DynamicTest> tests = new ArrayList<>();
        GLOBAL_LISTS.forEach((name, letters) -> {
            for (Subject subject : Subject.values()) {
                char expected = letter(letters, subject);
                tests.add(dynamicTest(name + " by " + subject + " → " + expected, () -> {
                    Actor actor = world.actors.get(subject);
                    Runnable call = switch (name) {
                        case "listCompanies" -> () -> world.useCases.companies().list()
                                .list(actor, ListCompaniesQuery.all());
                        case "listUsers" -> () -> world.useCases.users().list().list(actor, ListUsersQuery.all());
                        case "listRoles" -> () -> world.useCases.roles().list().list(actor);
                        case "listPermissions" -> () -> world.useCases.roles().permissions().catalogue(actor);
                        case "listCustomerGroups" -> () -> world.useCases.customerGroups().list().list(actor);
                        default -> throw new IllegalArgumentException(name);
                    };
                    if (expected == 'A') {
                        call.run();
                    } else {
                        assertRefused(call::run, expected);
                    }
                }));
            }
        });
        return tests.stream();
    }

    @Test
    void companies_are_listed_within_each_subjects_scope() {
        World world = new World();
        Map<Subject, Set<CompanyId>> visible = Map.of(
                Subject.ADMINISTRATOR, Set.of(world.alpha.id(), world.beta.id()),
                Subject.REPRESENTATIVE_OF_ALPHA, Set.of(world.alpha.id()),
                Subject.ORDER_DESK, Set.of(world.alpha.id(), world.beta.id()),
                Subject.COMPANY_ADMIN_OF_ALPHA, Set.of(world.alpha.id()),
                Subject.BUYER_OF_ALPHA, Set.of(world.alpha.id()),
                Subject.CLERK_OF_ALPHA, Set.of(world.alpha.id()));

        visible.forEach((subject, companies) -> assertThat(all(cursor -> world.useCases.companies().list()
                .list(world.actors.get(subject), new ListCompaniesQuery(null, null, null, null, page(cursor))),
                CompanyView::id)).as("companies listed to " + subject).containsExactlyInAnyOrderElementsOf(companies));
    }

    /**
     * A sales representative lists staff by name only, the pool and the members of the companies they represent.
     * Searching, filtering by role and paging (cursors included) never reach further.
     */
    @Test
    void users_are_listed_within_each_subjects_scope_whatever_the_search_role_or_page() {
        World world = new World();
        Set<UserId> staff = Set.of(world.administrator, world.repA.id(), world.repB.id(), world.orderDesk.id(),
                world.noPolicies.id());
        Set<UserId> alphaMembers = world.membersOf(world.alpha.id());
        Set<UserId> betaMembers = world.membersOf(world.beta.id());
        Set<UserId> pool = Set.of(world.pooled.id());

        assertThat(users(world, Subject.ADMINISTRATOR, ListUsersQuery.all()))
                .containsExactlyInAnyOrderElementsOf(union(staff, alphaMembers, betaMembers, pool));
        assertThat(users(world, Subject.REPRESENTATIVE_OF_ALPHA, ListUsersQuery.all()))
                .containsExactlyInAnyOrderElementsOf(union(staff, alphaMembers, pool));
        assertThat(users(world, Subject.REPRESENTATIVE_OF_ALPHA, query("company_admin", null)))
                .containsExactly(world.adminA.userId());
        assertThat(users(world, Subject.REPRESENTATIVE_OF_ALPHA, query(null, world.adminB.email())))
                .as("a member of another company is not found by email").isEmpty();
        assertThat(users(world, Subject.REPRESENTATIVE_OF_ALPHA, query(null, world.adminB.firstName())))
                .doesNotContainAnyElementsOf(betaMembers);
        assertThat(users(world, Subject.REPRESENTATIVE_OF_ALPHA, query(null, "admin@")))
                .as("a staff email is no search key for who sees staff by name only").isEmpty();
        assertThat(users(world, Subject.REPRESENTATIVE_OF_ALPHA, query("administrator", null)))
                .as("nor are staff roles a filter").isEmpty();

        List<UserView> seenByRepresentative = world.useCases.users().list().list(world.actors.get(
                Subject.REPRESENTATIVE_OF_ALPHA), ListUsersQuery.all()).items();
        assertThat(seenByRepresentative).filteredOn(u -> u.type() == UserType.STAFF).isNotEmpty().allSatisfy(u -> {
            assertThat(u.nameOnly()).isTrue();
            assertThat(u.email()).isNull();
            assertThat(u.roles()).isEmpty();
            assertThat(u.phone()).isEmpty();
        });
        assertThat(world.useCases.users().list().list(world.actors.get(Subject.ADMINISTRATOR), ListUsersQuery.all())
                .items()).allSatisfy(u -> assertThat(u.email()).isNotNull());
    }

    @Test
    void a_cursor_carries_nothing_but_the_id_of_a_user_already_seen() {
        World world = new World();
        Actor representative = world.actors.get(Subject.REPRESENTATIVE_OF_ALPHA);
        List<UserView> seen = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<UserView> page = world.useCases.users().list().list(representative, new ListUsersQuery(null, null, null,
                    false, cursor.map(PageRequest.first(1)::after).orElse(PageRequest.first(1))));
            seen.addAll(page.items());
            cursor = page.nextCursor();
            cursor.ifPresent(next -> assertThat(new String(Base64.getUrlDecoder().decode(next), UTF_8))
                    .isEqualTo(page.items().get(page.items().size() - 1).id().toString()));
        } while (cursor.isPresent());

        assertThat(seen).extracting(UserView::id).doesNotContainAnyElementsOf(world.membersOf(world.beta.id()))
                .containsAll(world.membersOf(world.alpha.id()));
    }

    /**
     * The escalation the lists would not show: a customer role carrying staff powers, given by a company admin to a
     * member, who then creates a staff administrator. The first step is refused.
     */
    @Test
    void a_customer_role_cannot_carry_staff_powers_so_no_member_can_create_staff() {
        World world = new World();

        assertThatThrownBy(() -> world.useCases.roles().create().create(world.admin(), new CreateRoleCommand(
                "shadow_admin", "Shadow admin", "CUSTOMER", List.of(PolicyInput.of("user", "create"),
                        PolicyInput.of("member", "edit", "own_company")))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID));
        assertThatThrownBy(() -> world.useCases.members().update().update(world.actors.get(Subject.COMPANY_ADMIN_OF_ALPHA),
                UpdateMemberCommand.of(world.alpha.id(), world.buyerA.id()).withRole("shadow_admin")))
                .isInstanceOf(DomainException.class);
        assertRefused(() -> world.useCases.users().create().create(world.actors.get(Subject.BUYER_OF_ALPHA),
                new CreateUserCommand("shadow@seller.example", "Shadow", "Admin", null, "STAFF",
                        List.of("administrator"), TestData.PASSWORD)), 'F');
    }

    private static List<UserId> users(World world, Subject subject, ListUsersQuery query) {
        return all(cursor -> world.useCases.users().list().list(world.actors.get(subject), new ListUsersQuery(
                query.q(), query.type(), query.role(), query.unassigned(), page(cursor))),
                UserView::id);
    }

    private static ListUsersQuery query(String role, String text) {
        return new ListUsersQuery(Optional.ofNullable(text), Optional.empty(), Optional.ofNullable(role), false, null);
    }

    /** Every page of a list, followed by its cursors with pages of two, so that paging is covered too. */
    private static <T, K> List<K> all(Function<Optional<String>, Page<T>> list, Function<T, K> key) {
        List<K> keys = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<T> page = list.apply(cursor);
            page.items().stream().map(key).forEach(keys::add);
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        return keys;
    }

    private static PageRequest page(Optional<String> cursor) {
        return cursor.map(PageRequest.first(2)::after).orElse(PageRequest.first(2));
    }

    @SafeVarargs
    private static Set<UserId> union(Set<UserId>... sets) {
        return Stream.of(sets).flatMap(Set::stream).collect(Collectors.toSet());
    }

    private static char letter(String letters, Subject subject) {
        return letters.replace(" ", "").charAt(subject.ordinal());
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, char expected) {
        ErrorKind kind = expected == 'F' ? ErrorKind.FORBIDDEN : ErrorKind.NOT_FOUND;
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).as(e.code() + ": " + e.getMessage()).isEqualTo(kind));
    }

    /** The two companies and everyone in them, made through the use cases as an administrator would. */
    private static final class World {

        final InMemorySystem system = InMemorySystem.start();
        final CustomerManagement useCases = system.useCases();
        final TestData data = system.testData();
        final UserId administrator = system.administrator().userId();
        final UserView repA = data.salesRepresentative();
        final UserView repB = data.salesRepresentative();
        final UserView orderDesk;
        final UserView noPolicies;
        final UserView pooled = data.poolUser();
        final CompanyView alpha = data.company("Alpha Industrial", repA);
        final CompanyView beta;
        final MemberView adminA = data.member(alpha, "company_admin");
        final MemberView buyerA = data.member(alpha, "company_buyer");
        final MemberView clerkA;
        final MemberView adminB;
        final Map<Subject, Actor> actors;

        World() {
            useCases.roles().create().create(admin(), new CreateRoleCommand("order_desk", "Order desk", "STAFF", List.of(
                    PolicyInput.of("company", "view"), PolicyInput.of("member", "view"),
                    PolicyInput.of("order", "view"))));
            useCases.roles().create().create(admin(), new CreateRoleCommand("clerk", "Clerk", "CUSTOMER", List.of(
                    PolicyInput.of("company", "view", "own_company"),
                    PolicyInput.of("member", "view", "own_company"),
                    PolicyInput.of("order", "view", "own_company"),
                    PolicyInput.of("address", "view", "own_company"))));
            useCases.roles().create().create(admin(), new CreateRoleCommand("nothing", "Nothing", "STAFF", List.of()));
            orderDesk = data.staff("order_desk");
            noPolicies = data.staff("nothing");
            beta = data.company("Beta Trading", repB);
            clerkA = data.member(alpha, "clerk");
            adminB = data.member(beta, "company_admin");
            data.member(beta, "company_buyer");
            for (CompanyView company : List.of(alpha, beta)) {
                useCases.invitations().invite().invite(admin(), InviteMembersCommand.of(company.id(),
                        new Invitee(company.taxId().toLowerCase() + "@invited.example", "company_buyer")));
                useCases.addresses().add().add(admin(), new AddAddressCommand(company.id(), "SHIPPING",
                        data.shippingAddress(company.name().startsWith("Alpha") ? "Hamburg" : "Bremen"), false));
                data.order(company.id(), "SO-" + company.name().charAt(0), "99.90", "EUR");
            }
            actors = Map.of(
                    Subject.ADMINISTRATOR, admin(),
                    Subject.REPRESENTATIVE_OF_ALPHA, data.actor(repA),
                    Subject.ORDER_DESK, data.actor(orderDesk),
                    Subject.COMPANY_ADMIN_OF_ALPHA, data.actor(adminA),
                    Subject.BUYER_OF_ALPHA, data.actor(buyerA),
                    Subject.CLERK_OF_ALPHA, data.actor(clerkA),
                    Subject.STAFF_WITHOUT_POLICIES, data.actor(noPolicies),
                    Subject.POOL_USER, data.actor(pooled));
        }

        Actor admin() {
            return system.administrator();
        }

        Set<UserId> membersOf(CompanyId company) {
            return Set.copyOf(all(cursor -> useCases.members().list().list(admin(),
                    new ListMembersQuery(company, page(cursor))), MemberView::userId));
        }

        /** The keys of a list's items in a company, as the administrator lists them. */
        Set<String> itemsOf(String list, CompanyId company) {
            return Set.copyOf(switch (list) {
                case "listMembers" -> all(cursor -> useCases.members().list().list(admin(),
                        new ListMembersQuery(company, page(cursor))), m -> m.userId().toString());
                case "listInvitations" -> all(cursor -> useCases.invitations().list().list(admin(),
                        new ListInvitationsQuery(company, Optional.empty(), page(cursor))), i -> i.id().toString());
                case "listOrders" -> all(cursor -> useCases.orders().list().list(admin(),
                        new ListOrdersQuery(company, page(cursor))), o -> o.id().toString());
                case "companyHistory" -> all(cursor -> useCases.history().ofCompany().history(admin(),
                        new CompanyHistoryQuery(company, page(cursor))), HistoryEntryView::toString);
                case "listAddresses" -> useCases.addresses().list().list(admin(), ListAddressesQuery.all(company))
                        .stream().map(a -> a.id().toString()).toList();
                default -> throw new IllegalArgumentException(list);
            });
        }

        /** A text that only this company's items hold: its tax ID, which its history entries carry. */
        String secretsOf(CompanyId company) {
            return company.equals(alpha.id()) ? alpha.taxId() : beta.taxId();
        }
    }
}
