package org.b2b.customers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.b2b.customers.testkit.contract.Conflicts.assertConflict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.application.port.out.Users.Search;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.domain.access.CompanyFilter;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.access.UserScope;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.PersonName;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserId;
import org.b2b.customers.domain.user.UserType;
import org.junit.jupiter.api.Test;

/** What every {@link Users} store does. */
public abstract class UsersContract extends PortContract {

    private Users users() {
        return ports().users();
    }

    @Test
    public void a_stored_user_reads_back_equal_by_id_and_by_email() {
        User staff = given().salesRepresentative();
        User customer = given().customer();

        assertThat(inTransaction(() -> users().find(staff.id()))).hasValueSatisfying(found ->
                assertThat(found).usingRecursiveComparison().isEqualTo(staff));
        assertThat(inTransaction(() -> users().findByEmail(customer.email()))).hasValueSatisfying(found ->
                assertThat(found).usingRecursiveComparison().isEqualTo(customer));
        assertThat(inTransaction(() -> users().find(new UserId(Fixtures.id())))).isEmpty();
    }

    @Test
    public void of_several_emails_those_of_staff_and_of_members_of_any_company_are_found_in_one_read() {
        User staff = given().salesRepresentative();
        User member = given().customer();
        given().member(given().company(), member, Fixtures.T0);
        User pooled = given().customer();
        EmailAddress nobody = Fixtures.email("nobody");

        Set<EmailAddress> found = inTransaction(() -> users().staffOrMembersAmong(
                List.of(staff.email(), member.email(), pooled.email(), nobody)));

        assertThat(found).containsExactlyInAnyOrder(staff.email(), member.email());
        assertThat(inTransaction(() -> users().staffOrMembersAmong(List.of()))).isEmpty();
    }

    @Test
    public void a_membership_made_in_the_running_transaction_counts_and_one_rolled_back_does_not() {
        User customer = given().customer();
        Company company = given().company();
        Role buyer = given().role(RoleIdentifier.COMPANY_BUYER);

        Set<EmailAddress> before = inTransaction(() -> users().staffOrMembersAmong(List.of(customer.email())));
        Set<EmailAddress> withinRolledBack = new HashSet<>();
        assertThatThrownBy(() -> inTransaction(() -> {
            ports().members().add(Member.join(new MemberId(Fixtures.id()), company, customer, buyer, Fixtures.T0));
            withinRolledBack.addAll(users().staffOrMembersAmong(List.of(customer.email())));
            throw new IllegalStateException("the use case fails after the member joined");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(before).isEmpty();
        assertThat(withinRolledBack).containsExactly(customer.email());
        assertThat(inTransaction(() -> users().staffOrMembersAmong(List.of(customer.email())))).isEmpty();
    }

    @Test
    public void an_email_belongs_to_one_user() {
        User first = given().customer();
        User second = given().customer();
        User sameEmail = User.customer(new UserId(Fixtures.id()), first.email(), new PersonName("Other", "Person"),
                Optional.empty(), first.passwordHash(), Fixtures.T0);
        User renamedToFirst = User.restore(second.id(), first.email(), second.name(), second.phone(), second.type(),
                second.staffRoles(), second.passwordHash(), second.createdAt(), second.version());

        assertConflict(() -> inTransaction(() -> users().add(sameEmail)), "user.email_taken");
        assertConflict(() -> inTransaction(() -> users().update(renamedToFirst)), "user.email_taken");
    }

    @Test
    public void a_change_not_saved_is_not_visible_and_a_saved_one_is() {
        User user = given().customer();
        User renamed = user.withContact(new PersonName("Renamed", "Person"), Optional.empty());

        assertThat(inTransaction(() -> users().find(user.id()))).contains(user);
        User updated = inTransaction(() -> users().update(renamed));

        assertThat(updated.version()).isEqualTo(user.version() + 1);
        assertThat(inTransaction(() -> users().find(user.id()))).contains(updated);
    }

    @Test
    public void an_update_from_a_stale_version_is_refused() {
        User user = given().customer();
        inTransaction(() -> users().update(user.withContact(new PersonName("First", "Edit"), Optional.empty())));

        assertConflict(() -> inTransaction(() -> users().update(user.withContact(new PersonName("Second", "Edit"),
                Optional.empty()))), "user.stale_version");
    }

    @Test
    public void the_names_of_several_users_are_read_at_once_leaving_out_ids_of_no_user() {
        User staff = given().salesRepresentative();
        User customer = given().customer("Zoë", "Ångström");
        UserId nobody = new UserId(Fixtures.id());

        Map<UserId, PersonName> names = inTransaction(() -> users().namesOf(Set.of(staff.id(), customer.id(), nobody)));

        assertThat(names).containsOnly(Map.entry(staff.id(), staff.name()), Map.entry(customer.id(), customer.name()));
        assertThat(inTransaction(() -> users().namesOf(List.of()))).isEmpty();
    }

    @Test
    public void the_names_read_are_the_current_ones() {
        User user = given().customer();
        inTransaction(() -> users().update(user.withContact(new PersonName("Renamed", "Person"), Optional.empty())));

        assertThat(inTransaction(() -> users().namesOf(List.of(user.id()))))
                .containsExactly(Map.entry(user.id(), new PersonName("Renamed", "Person")));
    }

    @Test
    public void there_is_staff_once_a_staff_user_is_stored() {
        given().salesRepresentative();

        assertThat(inTransaction(() -> users().anyStaff())).isTrue();
    }

    @Test
    public void text_matches_an_email_prefix_or_a_case_insensitive_first_or_last_name_prefix() {
        String name = "Zoë" + Fixtures.unique();
        User byFirst = given().customer(name, "Smith");
        User byLast = given().customer("Ann", name.toUpperCase());

        assertThat(search(Optional.of(name.toLowerCase()), Optional.empty(), false)).containsExactlyInAnyOrder(byFirst, byLast);
        assertThat(search(Optional.of(byFirst.email().value().substring(0, 15)), Optional.empty(), false)).contains(byFirst);
        assertThat(search(Optional.of(name + "%"), Optional.empty(), false)).isEmpty();
    }

    @Test
    public void a_role_matches_staff_roles_and_members_company_roles() {
        User rep = given().salesRepresentative();
        Company company = given().company();
        User member = given().customer();
        given().member(company, member, Fixtures.T0);
        String email = member.email().value();

        assertThat(search(Optional.of(rep.email().value()), Optional.of(RoleIdentifier.SALES_REPRESENTATIVE), false))
                .containsExactly(rep);
        assertThat(search(Optional.of(email), Optional.of(RoleIdentifier.COMPANY_BUYER), false)).containsExactly(member);
        assertThat(search(Optional.of(email), Optional.of(RoleIdentifier.COMPANY_ADMIN), false)).isEmpty();
    }

    @Test
    public void unassigned_keeps_only_customers_in_no_company() {
        String name = "Pool" + Fixtures.unique();
        User pooled = given().customer(name, "Person");
        User member = given().customer(name, "Member");
        given().member(given().company(), member, Fixtures.T0);

        assertThat(search(Optional.of(name), Optional.empty(), true)).containsExactly(pooled);
    }

    @Test
    public void a_scope_keeps_staff_the_pool_and_members_of_the_companies_it_admits_and_nobody_else() {
        String name = "Scoped" + Fixtures.unique();
        User rep = given().salesRepresentative();
        User otherRep = given().salesRepresentative();
        User represented = given().customer(name, "Represented");
        given().member(given().company("Represented " + name, rep), represented, Fixtures.T0);
        User elsewhere = given().customer(name, "Elsewhere");
        Company otherCompany = given().company("Elsewhere " + name, otherRep);
        given().member(otherCompany, elsewhere, Fixtures.T0);
        User pooled = given().customer(name, "Pooled");
        UserScope representative = new UserScope(true, false, true,
                new CompanyFilter(false, Optional.of(rep.id()), Optional.empty()));
        UserScope ownCompany = new UserScope(false, false, false,
                new CompanyFilter(false, Optional.empty(), Optional.of(otherCompany.id())));

        assertThat(scoped(representative, name, Optional.empty())).containsExactlyInAnyOrder(represented, pooled);
        assertThat(scoped(representative, elsewhere.email().value(), Optional.empty())).isEmpty();
        assertThat(scoped(representative, name, Optional.of(RoleIdentifier.COMPANY_BUYER)))
                .containsExactly(represented);
        assertThat(scoped(representative, rep.name().lastName(), Optional.empty())).containsExactly(rep);
        assertThat(scoped(ownCompany, name, Optional.empty())).containsExactly(elsewhere);
        assertThat(scoped(ownCompany, rep.name().lastName(), Optional.empty())).isEmpty();
        assertThat(scoped(UserScope.EVERYONE, name, Optional.empty()))
                .containsExactlyInAnyOrder(represented, elsewhere, pooled);
    }

    @Test
    public void staff_shown_by_name_only_are_found_by_name_but_not_by_email_or_role() {
        User rep = given().salesRepresentative();
        UserScope byName = new UserScope(true, false, true, CompanyFilter.NONE);

        assertThat(scoped(byName, rep.name().lastName(), Optional.empty())).containsExactly(rep);
        assertThat(scoped(byName, rep.email().value(), Optional.empty())).isEmpty();
        assertThat(scoped(byName, rep.name().lastName(), Optional.of(RoleIdentifier.SALES_REPRESENTATIVE))).isEmpty();
        assertThat(scoped(UserScope.EVERYONE, rep.email().value(), Optional.of(RoleIdentifier.SALES_REPRESENTATIVE)))
                .containsExactly(rep);
    }

    @Test
    public void pages_follow_the_email_then_the_id_without_gaps_or_repeats() {
        String name = "Paged" + Fixtures.unique();
        List<User> stored = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            stored.add(given().customer(name, "Person " + i));
        }
        List<User> expected = stored.stream().sorted(Comparator.comparing(u -> u.email().value())).toList();

        List<User> paged = new ArrayList<>();
        Optional<UserId> after = Optional.empty();
        Slice<User> page;
        do {
            Optional<UserId> key = after;
            page = inTransaction(() -> users().search(new Search(UserScope.EVERYONE, Optional.of(name),
                    Optional.of(UserType.CUSTOMER), Optional.empty(), false, key, 3)));
            paged.addAll(page.items());
            after = Optional.of(page.last().id());
        } while (page.hasMore());

        assertThat(paged).containsExactlyElementsOf(expected);
    }

    @Test
    public void a_page_of_users_comes_with_their_staff_roles_and_memberships_as_the_search_finds_them() {
        String name = "Listed" + Fixtures.unique();
        Company company = given().company();
        User member = given().customer(name, "Member");
        Member membership = given().member(company, member, Fixtures.T0);
        User pool = given().customer(name, "Pool");
        Search search = new Search(UserScope.EVERYONE, Optional.of(name), Optional.empty(), Optional.empty(), false,
                Optional.empty(), 1);
        Slice<User> found = inTransaction(() -> users().search(search));

        Slice<Users.WithMembership> first = inTransaction(() -> users().searchWithMemberships(search));
        Slice<Users.WithMembership> all = inTransaction(() -> users().searchWithMemberships(new Search(
                UserScope.EVERYONE, Optional.of(name), Optional.empty(), Optional.empty(), false, Optional.empty(), 5)));
        Slice<Users.WithMembership> staff = inTransaction(() -> users().searchWithMemberships(new Search(
                UserScope.EVERYONE, Optional.of("sales"), Optional.of(UserType.STAFF), Optional.empty(), false,
                Optional.empty(), 1)));

        assertThat(first.items()).extracting(Users.WithMembership::user).containsExactlyElementsOf(found.items());
        assertThat(first.hasMore()).isTrue();
        assertThat(all.items()).extracting(u -> u.user().id(), Users.WithMembership::membership)
                .containsExactlyInAnyOrder(tuple(member.id(), Optional.of(membership)), tuple(pool.id(), Optional.empty()));
        assertThat(staff.items()).singleElement().satisfies(user -> {
            assertThat(user.user().staffRoles()).containsExactly(RoleIdentifier.SALES_REPRESENTATIVE);
            assertThat(user.membership()).isEmpty();
        });
    }

    private List<User> scoped(UserScope scope, String text, Optional<RoleIdentifier> role) {
        return inTransaction(() -> users().search(new Search(scope, Optional.of(text), Optional.empty(), role, false,
                Optional.empty(), 50)).items());
    }

    private List<User> search(Optional<String> text, Optional<RoleIdentifier> role, boolean unassigned) {
        return inTransaction(() -> users().search(new Search(UserScope.EVERYONE, text, Optional.empty(), role, unassigned,
                Optional.empty(), 50)).items());
    }
}
