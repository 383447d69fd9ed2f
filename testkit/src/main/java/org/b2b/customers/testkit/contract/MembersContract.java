package org.b2b.customers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.b2b.customers.testkit.contract.Conflicts.assertConflict;
import static org.b2b.customers.testkit.contract.Conflicts.assertRefused;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.port.out.Members;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.domain.access.BuiltInRoles;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.user.User;
import org.junit.jupiter.api.Test;

/** What every {@link Members} store does. */
public abstract class MembersContract extends PortContract {

    private Members members() {
        return ports().members();
    }

    @Test
    public void a_stored_member_reads_back_equal_by_id_and_by_user() {
        Member member = given().member(given().company());

        assertThat(inTransaction(() -> members().find(member.id()))).hasValueSatisfying(found ->
                assertThat(found).usingRecursiveComparison().isEqualTo(member));
        assertThat(inTransaction(() -> members().findByUser(member.userId()))).contains(member);
        assertThat(inTransaction(() -> members().find(new MemberId(Fixtures.id())))).isEmpty();
    }

    @Test
    public void a_customer_is_a_member_of_at_most_one_company() {
        User user = given().customer();
        given().member(given().company(), user, Fixtures.T0);
        Company other = given().company();

        assertConflict(() -> given().member(other, user, Fixtures.T0), "member.user_in_company");
        assertThat(inTransaction(() -> ports().companies().findOverview(other.id(), Fixtures.T0)).orElseThrow().members())
                .isZero();
    }

    @Test
    public void a_change_not_saved_is_not_visible_and_a_saved_one_is() {
        Member member = given().member(given().company());
        Member admin = member.withRole(given().role(RoleIdentifier.COMPANY_ADMIN));

        assertThat(inTransaction(() -> members().find(member.id()))).contains(member);
        Member updated = inTransaction(() -> members().update(admin));

        assertThat(updated.version()).isEqualTo(member.version() + 1);
        assertThat(inTransaction(() -> members().find(member.id()))).contains(updated);
    }

    @Test
    public void an_update_from_a_stale_version_is_refused() {
        Member member = given().member(given().company());
        inTransaction(() -> members().update(member.withRole(BuiltInRoles.companyAdmin())));

        assertConflict(() -> inTransaction(() -> members().update(member.withRole(BuiltInRoles.companyBuyer()))),
                "member.stale_version");
    }

    @Test
    public void a_removed_member_is_gone_and_removing_again_does_nothing() {
        Member member = given().member(given().company());

        inTransaction(() -> members().remove(member.id()));
        inTransaction(() -> members().remove(member.id()));

        assertThat(inTransaction(() -> members().find(member.id()))).isEmpty();
        assertThat(inTransaction(() -> members().findByUser(member.userId()))).isEmpty();
    }

    @Test
    public void the_contact_person_cannot_be_removed() {
        Company company = given().company();
        Member contact = given().member(company);
        given().contactPerson(company, contact);

        assertRefused(() -> inTransaction(() -> members().remove(contact.id())), ErrorKind.CONFLICT,
                "contact_person.cannot_be_removed");
        assertThat(inTransaction(() -> members().find(contact.id()))).isPresent();
    }

    @Test
    public void pages_follow_the_joining_time_then_the_id_and_counts_are_per_company() {
        Company company = given().company();
        given().member(given().company());
        List<Member> stored = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            stored.add(given().member(company, given().customer(), Fixtures.T0.plusSeconds(i % 2)));
        }
        List<Member> expected = stored.stream()
                .sorted(Comparator.comparing(Member::joinedAt).thenComparing(m -> m.id().toString())).toList();

        List<Member> paged = new ArrayList<>();
        Optional<Members.Key> after = Optional.empty();
        Slice<Member> page;
        do {
            Optional<Members.Key> key = after;
            page = inTransaction(() -> members().listByCompany(company.id(), key, 2));
            paged.addAll(page.items());
            after = Optional.of(new Members.Key(page.last().joinedAt(), page.last().id()));
        } while (page.hasMore());

        assertThat(paged).containsExactlyElementsOf(expected);
        assertThat(inTransaction(() -> ports().companies().findOverview(company.id(), Fixtures.T0)).orElseThrow()
                .members()).isEqualTo(5);
    }

    @Test
    public void a_page_of_members_comes_with_their_users_in_the_order_of_the_members_alone() {
        Company company = given().company();
        given().member(given().company());
        List<User> users = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            User user = given().customer("First" + i, "Last" + i);
            users.add(user);
            given().member(company, user, Fixtures.T0.plusSeconds(i % 2));
        }
        Slice<Member> members = inTransaction(() -> members().listByCompany(company.id(), Optional.empty(), 2));

        Slice<Members.WithUser> page = inTransaction(() -> members().listWithUsers(company.id(), Optional.empty(), 2));
        Slice<Members.WithUser> rest = inTransaction(() -> members().listWithUsers(company.id(),
                Optional.of(new Members.Key(page.last().member().joinedAt(), page.last().member().id())), 2));

        assertThat(page.items()).extracting(Members.WithUser::member).containsExactlyElementsOf(members.items());
        assertThat(page.hasMore()).isTrue();
        assertThat(rest.items()).hasSize(1);
        assertThat(rest.hasMore()).isFalse();
        List<Members.WithUser> all = new ArrayList<>(page.items());
        all.addAll(rest.items());
        assertThat(all).allSatisfy(m -> assertThat(m.user().id()).isEqualTo(m.member().userId()));
        assertThat(all).extracting(Members.WithUser::user).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyInAnyOrderElementsOf(users);
    }

    @Test
    public void a_companys_members_are_counted_by_status_each_status_present() {
        Company company = given().company();
        given().member(company);
        given().member(company);
        Member leaving = given().member(company);
        inTransaction(() -> members().update(leaving.disable(company)));
        given().member(given().company());

        assertThat(inTransaction(() -> ports().companies().findOverview(company.id(), Fixtures.T0)))
                .hasValueSatisfying(overview -> assertThat(List.of(overview.activeMembers(), overview.disabledMembers()))
                        .containsExactly(2L, 1L));
    }
}
