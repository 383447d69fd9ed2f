package org.b2b.customers.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.UpdateCompanyCommand;
import org.b2b.customers.application.member.AddMemberCommand;
import org.b2b.customers.application.member.ListMembersQuery;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.member.RemoveMemberCommand;
import org.b2b.customers.application.member.UpdateMemberCommand;
import org.b2b.customers.application.port.out.History;
import org.b2b.customers.application.user.AuthenticateCommand;
import org.b2b.customers.application.user.ListUsersQuery;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.history.HistoryEntry;
import org.b2b.customers.domain.member.MemberStatus;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.user.UserId;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.Test;

class MemberUseCasesTest {

    private final InMemorySystem system = InMemorySystem.start();
    private final CustomerManagement useCases = system.useCases();
    private final TestData data = system.testData();
    private final Actor admin = system.administrator();
    private final CompanyView company = data.company("Acme Industrial", data.salesRepresentative());

    @Test
    void a_companys_members_are_listed_with_their_person_role_and_status() {
        UserView user = data.poolUser();
        useCases.members().add().add(admin, new AddMemberCommand(company.id(), user.id().toString(), "company_buyer"));

        List<MemberView> members = useCases.members().list().list(admin, ListMembersQuery.of(company.id())).items();

        assertThat(members).singleElement().satisfies(m -> {
            assertThat(m.companyId()).isEqualTo(company.id());
            assertThat(m.userId()).isEqualTo(user.id());
            assertThat(m.email()).isEqualTo(user.email());
            assertThat(m.firstName()).isEqualTo(user.firstName());
            assertThat(m.lastName()).isEqualTo(user.lastName());
            assertThat(m.phone()).isEqualTo(user.phone()).isPresent();
            assertThat(m.role()).isEqualTo("company_buyer");
            assertThat(m.status()).isEqualTo(MemberStatus.ACTIVE);
            assertThat(m.joinedAt()).isEqualTo(system.clock().instant());
        });
    }

    @Test
    void one_member_is_read_as_the_list_shows_them_with_the_version_an_edit_names() {
        MemberView member = data.member(company, "company_buyer");
        MemberView renamed = useCases.members().update().update(admin,
                UpdateMemberCommand.of(company.id(), member.id()).withFirstName("Renamed"));

        MemberView read = useCases.members().get().get(admin, company.id(), member.id());

        assertThat(read).isEqualTo(renamed).isEqualTo(members(company).get(0));
        assertThat(read.version()).isEqualTo(member.version() + 1);
    }

    @Test
    void members_page_in_the_order_they_joined() {
        MemberView first = data.member(company, "company_admin");
        system.clock().advance(Duration.ofMinutes(1));
        MemberView second = data.member(company, "company_buyer");
        system.clock().advance(Duration.ofMinutes(1));
        MemberView third = data.member(company, "company_buyer");
        data.member(data.company("Other", data.salesRepresentative()), "company_buyer");

        var page = useCases.members().list().list(admin, ListMembersQuery.of(company.id()).withPage(PageRequest.first(2)));
        var rest = useCases.members().list().list(admin, ListMembersQuery.of(company.id())
                .withPage(PageRequest.first(2).after(page.nextCursor().orElseThrow())));

        assertThat(page.items()).extracting(MemberView::id).containsExactly(first.id(), second.id());
        assertThat(rest.items()).extracting(MemberView::id).containsExactly(third.id());
        assertThat(rest.nextCursor()).isEmpty();
    }

    @Test
    void a_user_from_the_pool_becomes_a_member_and_leaves_the_pool() {
        UserView user = data.poolUser();
        assertThat(pool()).contains(user.id());

        MemberView member = useCases.members().add().add(admin,
                new AddMemberCommand(company.id(), user.id().toString(), "company_admin"));

        assertThat(member.role()).isEqualTo("company_admin");
        assertThat(pool()).doesNotContain(user.id());
        assertThat(useCases.users().currentUser().me(Actor.of(user.id())).companyId()).contains(company.id());
    }

    @Test
    void a_user_in_a_company_cannot_be_added_again() {
        MemberView member = data.member(company, "company_buyer");
        CompanyView other = data.company("Other", data.salesRepresentative());

        for (CompanyView target : List.of(company, other)) {
            assertThatThrownBy(() -> useCases.members().add().add(admin,
                    new AddMemberCommand(target.id(), member.userId().toString(), "company_buyer")))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                        assertThat(e.code()).isEqualTo("member.user_in_company");
                    });
        }
        assertThat(members(other)).isEmpty();
    }

    @Test
    void a_staff_user_cannot_be_added_as_a_member() {
        UserView staff = data.salesRepresentative();

        assertThatThrownBy(() -> useCases.members().add().add(admin,
                new AddMemberCommand(company.id(), staff.id().toString(), "company_buyer")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.RULE_VIOLATED);
                    assertThat(e.code()).isEqualTo("member.not_a_customer");
                });
    }

    @Test
    void an_unknown_user_and_an_unknown_role_are_named_at_once() {
        assertThatThrownBy(() -> useCases.members().add().add(admin,
                new AddMemberCommand(company.id(), UserId.random().toString(), "chief_buyer")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(tuple("userId", "unknown_user"), tuple("role", "unknown_role")));
    }

    @Test
    void a_member_holds_only_a_company_role() {
        UserView user = data.poolUser();

        for (String role : List.of("administrator", "sales_representative", "corporate_access")) {
            assertThatThrownBy(() -> useCases.members().add().add(admin,
                    new AddMemberCommand(company.id(), user.id().toString(), role)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field, FieldError::code)
                            .containsExactly(tuple("role", "not_a_company_role")));
        }
        assertThat(pool()).contains(user.id());
    }

    @Test
    void a_deactivated_company_takes_no_new_members() {
        useCases.companies().update().update(admin, UpdateCompanyCommand.of(company.id()).withStatus("DEACTIVATED"));
        UserView user = data.poolUser();

        assertThatThrownBy(() -> useCases.members().add().add(admin,
                new AddMemberCommand(company.id(), user.id().toString(), "company_buyer")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.RULE_VIOLATED);
                    assertThat(e.code()).isEqualTo("company.deactivated");
                });
    }

    @Test
    void a_members_name_phone_and_role_are_changed_together() {
        MemberView member = data.member(company, "company_buyer");

        MemberView changed = useCases.members().update().update(admin, UpdateMemberCommand.of(company.id(), member.id())
                .withFirstName(" Ada ").withLastName("Lovelace").withPhone("+44 20 7946 0958").withRole("company_admin"));

        assertThat(changed).extracting(MemberView::firstName, MemberView::lastName, MemberView::phone, MemberView::role)
                .containsExactly("Ada", "Lovelace", Optional.of("+44 20 7946 0958"), "company_admin");
        assertThat(members(company)).containsExactly(changed);
        assertThat(useCases.users().currentUser().me(data.actor(member)))
                .extracting(UserView::firstName, UserView::lastName).containsExactly("Ada", "Lovelace");
    }

    @Test
    void a_blank_phone_removes_it() {
        MemberView member = data.member(company, "company_buyer");
        assertThat(member.phone()).isPresent();

        MemberView changed = useCases.members().update().update(admin,
                UpdateMemberCommand.of(company.id(), member.id()).withPhone("  "));

        assertThat(changed.phone()).isEmpty();
    }

    @Test
    void every_invalid_member_field_is_named_at_once() {
        MemberView member = data.member(company, "company_buyer");

        assertThatThrownBy(() -> useCases.members().update().update(admin, UpdateMemberCommand.of(company.id(), member.id())
                .withFirstName(" ").withPhone("call me").withRole("corporate_access").withStatus("GONE")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("firstName", "phone", "role", "status"));
        assertThat(members(company)).containsExactly(member);
    }

    @Test
    void an_edit_from_a_stale_version_is_a_conflict() {
        MemberView member = data.member(company, "company_buyer");
        MemberView renamed = useCases.members().update().update(admin,
                UpdateMemberCommand.of(company.id(), member.id()).withFirstName("Renamed").ifVersion(member.version()));

        assertThat(renamed.version()).isGreaterThan(member.version());
        assertThatThrownBy(() -> useCases.members().update().update(admin,
                UpdateMemberCommand.of(company.id(), member.id()).withRole("company_admin").ifVersion(member.version())))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.code()).isEqualTo("member.stale_version");
                });
        assertThatThrownBy(() -> useCases.members().remove().remove(admin,
                RemoveMemberCommand.of(company.id(), member.id()).ifVersion(member.version())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT));
        assertThat(members(company)).containsExactly(renamed);
    }

    @Test
    void a_disabled_member_cannot_log_in_and_can_again_once_enabled() {
        MemberView member = data.member(company, "company_buyer");
        assertThat(logIn(member).id()).isEqualTo(member.userId());

        useCases.members().update().update(admin, UpdateMemberCommand.of(company.id(), member.id()).withStatus("DISABLED"));
        assertThatThrownBy(() -> logIn(member)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.UNAUTHENTICATED));

        useCases.members().update().update(admin, UpdateMemberCommand.of(company.id(), member.id()).withStatus("ACTIVE"));
        assertThat(logIn(member).id()).isEqualTo(member.userId());
    }

    @Test
    void deactivating_the_company_stops_its_members_logging_in_and_reactivating_restores_it() {
        MemberView member = data.member(company, "company_admin");

        useCases.companies().update().update(admin, UpdateCompanyCommand.of(company.id()).withStatus("DEACTIVATED"));
        assertThatThrownBy(() -> logIn(member)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.UNAUTHENTICATED));

        useCases.companies().update().update(admin, UpdateCompanyCommand.of(company.id()).withStatus("ACTIVE"));
        assertThat(logIn(member).id()).isEqualTo(member.userId());
    }

    @Test
    void a_removed_member_goes_back_to_the_pool_and_can_be_added_elsewhere() {
        MemberView member = data.member(company, "company_buyer");

        useCases.members().remove().remove(admin, RemoveMemberCommand.of(company.id(), member.id()));

        assertThat(members(company)).isEmpty();
        assertThat(pool()).contains(member.userId());
        CompanyView other = data.company("Other", data.salesRepresentative());
        MemberView again = useCases.members().add().add(admin,
                new AddMemberCommand(other.id(), member.userId().toString(), "company_buyer"));
        assertThat(again.email()).isEqualTo(member.email());
    }

    @Test
    void a_member_of_another_company_is_not_found() {
        CompanyView other = data.company("Other", data.salesRepresentative());
        MemberView stranger = data.member(other, "company_buyer");

        assertThatThrownBy(() -> useCases.members().update().update(admin,
                UpdateMemberCommand.of(company.id(), stranger.id()).withStatus("DISABLED")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("member.not_found"));
        assertThatThrownBy(() -> useCases.members().remove().remove(admin, RemoveMemberCommand.of(company.id(), stranger.id())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("member.not_found"));
        assertThatThrownBy(() -> useCases.members().get().get(admin, company.id(), stranger.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("member.not_found"));
        assertThat(members(other)).containsExactly(stranger);
    }

    @Test
    void every_member_change_is_kept_in_history() {
        system.clock().advance(Duration.ofMinutes(1));
        MemberView member = data.member(company, "company_buyer");
        system.clock().advance(Duration.ofMinutes(1));
        useCases.members().update().update(admin,
                UpdateMemberCommand.of(company.id(), member.id()).withLastName("Hopper").withRole("company_admin"));
        system.clock().advance(Duration.ofMinutes(1));
        useCases.members().remove().remove(admin, RemoveMemberCommand.of(company.id(), member.id()));

        List<HistoryEntry> entries = history(company.id());

        assertThat(entries).extracting(HistoryEntry::action)
                .containsExactly("member.removed", "member.updated", "member.added", "company.created");
        assertThat(entries).allSatisfy(e -> assertThat(e.actor()).isEqualTo(admin.userId()));
        HistoryEntry updated = entries.stream().filter(e -> e.action().equals("member.updated")).findFirst().orElseThrow();
        assertThat(updated.details())
                .containsEntry("email", member.email())
                .containsEntry("lastName", member.lastName() + " → Hopper")
                .containsEntry("role", "company_buyer → company_admin")
                .doesNotContainKeys("firstName", "phone", "status");
        assertThat(entries.stream().filter(e -> e.action().equals("member.added")).findFirst().orElseThrow().details())
                .containsEntry("memberId", member.id().toString()).containsEntry("role", "company_buyer");
    }

    @Test
    void a_change_of_nothing_changes_nothing_and_writes_no_history() {
        MemberView member = data.member(company, "company_buyer");
        int before = history(company.id()).size();

        MemberView same = useCases.members().update().update(admin, UpdateMemberCommand.of(company.id(), member.id())
                .withFirstName(member.firstName()).withRole("company_buyer").withStatus("ACTIVE"));

        assertThat(same).isEqualTo(member);
        assertThat(history(company.id())).hasSize(before);
    }

    private UserView logIn(MemberView member) {
        return useCases.users().authenticate().authenticate(new AuthenticateCommand(member.email(), TestData.PASSWORD));
    }

    private List<MemberView> members(CompanyView of) {
        return useCases.members().list().list(admin, ListMembersQuery.of(of.id())).items();
    }

    private List<UserId> pool() {
        return useCases.users().list().list(admin, ListUsersQuery.pool()).items().stream().map(UserView::id).toList();
    }

    private List<HistoryEntry> history(CompanyId companyId) {
        return system.ports().transactions().inTransaction(() ->
                system.ports().history().listWithActors(companyId, Optional.empty(), Optional.empty(), 200)
                        .items().stream().map(History.WithActor::entry).toList());
    }
}
